import { useTranslations } from "next-intl";

/** What every import form may also say: the articles' source, and the two replacements the command line offers too. */
export function ImportOptions({ idPrefix, withReplace = true }: { idPrefix: string; withReplace?: boolean }) {
  const t = useTranslations("Import");
  return (
    <details className="import-options">
      <summary>{t("options")}</summary>
      <label className="import-field" htmlFor={`${idPrefix}-source`}>
        <span>{t("source")}</span>
      </label>
      <input id={`${idPrefix}-source`} name="source" maxLength={200} />
      {withReplace && (
        <label className="import-check">
          <input type="checkbox" name="replace" /> {t("replace")}
        </label>
      )}
      <label className="import-check">
        <input type="checkbox" name="replaceEdited" /> {t("replaceEdited")}
      </label>
    </details>
  );
}
