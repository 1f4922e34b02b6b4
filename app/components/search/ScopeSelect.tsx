import { useTranslations } from "next-intl";

export const SEARCH_SCOPES = ["titles", "text"] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

/** What a search box searches: the documents' titles (the library) or their text (the search page). */
export function ScopeSelect({ id, value }: { id: string; value: SearchScope }) {
  const t = useTranslations("Library");
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t("scopeLabel")}
      </label>
      <select id={id} name="in" defaultValue={value}>
        {SEARCH_SCOPES.map((scope) => (
          <option key={scope} value={scope}>
            {t(`scope.${scope}`)}
          </option>
        ))}
      </select>
    </>
  );
}
