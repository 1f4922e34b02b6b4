import { useTranslations } from "next-intl";
import type { ReaderPage } from "@/lib/reader/load-reader";
import { ROW_FILTERS } from "@/lib/reader/row-filter";
import { filterHref, windowHref, windowStart } from "@/lib/reader/windows";

/**
 * Which rows the page lists: all of them, or only those to check, not reviewed, or with a
 * glossary flag, each with its count. Plain links (`?show=…`), so it works without
 * JavaScript; "All rows" goes back to the window of the first row listed.
 */
export function RowFilterNav({ document }: { document: ReaderPage }) {
  const t = useTranslations("Reader");
  const { filtered, rows } = document.window;
  const current = filtered?.filter;
  const all = filtered ? windowHref(windowStart(rows[0]?.row ?? 1)) : windowHref(document.window.first);
  return (
    <nav className="row-filter" aria-label={t("filterLabel")}>
      <a href={all} aria-current={current ? undefined : "page"} data-filter="all">
        {t("filterAll")}
      </a>
      {ROW_FILTERS.map((filter) => (
        <a key={filter} href={filterHref(filter)} aria-current={current === filter ? "page" : undefined} data-filter={filter} data-count={document.filterCounts[filter]}>
          {t(`filter.${filter}`, { count: document.filterCounts[filter] })}
        </a>
      ))}
    </nav>
  );
}
