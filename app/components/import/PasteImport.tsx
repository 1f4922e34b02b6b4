import { useTranslations } from "next-intl";
import { WholeForm } from "./WholeForm";

/** French and English pasted into two boxes, as plain text, Markdown or HTML. */
export function PasteImport() {
  const t = useTranslations("Import");
  return (
    // Pasted text comes from no file: there is no "file of the same name" to replace.
    <WholeForm mode="paste" title={t("pasteTitle")} withReplace={false}>
      <div className="import-columns">
        <label className="import-field">
          <span>{t("frenchText")}</span>
          <textarea name="french" lang="fr" rows={10} required />
        </label>
        <label className="import-field">
          <span>{t("englishText")}</span>
          <textarea name="english" lang="en" rows={10} />
        </label>
      </div>
      <p className="import-help">{t("pasteHelp")}</p>
      <label className="import-field import-inline">
        <span>{t("format")}</span>
        <select name="format" defaultValue="text">
          {(["text", "markdown", "html"] as const).map((f) => (
            <option key={f} value={f}>
              {t(`formats.${f}`)}
            </option>
          ))}
        </select>
      </label>
    </WholeForm>
  );
}
