import { useTranslations } from "next-intl";

/** An entry's two notes, each in its language: the English interface shows one, the French the other. */
export function NoteFields({ note = null, noteFr = null }: { note?: string | null; noteFr?: string | null }) {
  const t = useTranslations("Glossary");
  return (
    <>
      <label className="glossary-field">
        <span>{t("noteEn")}</span>
        <input name="note" defaultValue={note ?? ""} lang="en" maxLength={500} />
      </label>
      <label className="glossary-field">
        <span>{t("noteFr")}</span>
        <input name="noteFr" defaultValue={noteFr ?? ""} lang="fr" maxLength={500} />
      </label>
    </>
  );
}
