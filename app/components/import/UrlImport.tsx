import { useTranslations } from "next-intl";
import { WholeForm } from "./WholeForm";

/** A web page's address: the server fetches it (lib/import/fetch-article.ts: http(s) only, limits, no private hosts unless allowed). */
export function UrlImport() {
  const t = useTranslations("Import");
  return (
    <WholeForm mode="url" title={t("urlTitle")}>
      <label className="import-field">
        <span>{t("urlLabel")}</span>
        <input type="url" name="url" required placeholder="https://" inputMode="url" />
      </label>
      <p className="import-help">{t("urlHelp")}</p>
    </WholeForm>
  );
}
