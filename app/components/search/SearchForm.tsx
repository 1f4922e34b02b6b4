import { useTranslations } from "next-intl";
import { ScopeSelect } from "./ScopeSelect";

/** The search page's box: a GET form, so that results have an address and work without JavaScript. */
export function SearchForm({ q }: { q: string }) {
  const t = useTranslations("Search");
  return (
    <form role="search" className="search" action="">
      <label htmlFor="text-search" className="visually-hidden">
        {t("label")}
      </label>
      <input id="text-search" name="q" type="search" defaultValue={q} placeholder={t("placeholder")} maxLength={1000} />
      <ScopeSelect id="text-search-scope" value="text" />
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
