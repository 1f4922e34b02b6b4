import { useTranslations } from "next-intl";
import type { ReaderPage } from "@/lib/reader/load-reader";
import { filterHref, windowHref, windowStart } from "@/lib/reader/windows";
import { GoToRow } from "./GoToRow";
import { MARK_KEY } from "./mark-keys";
import { MarkNavigator } from "./MarkNavigator";
import { TableOfContents } from "./TableOfContents";

/**
 * Where this window stands in a long document, and the ways to move: previous and next
 * window (or page of a filtered list), a row by number, the table of contents, the next
 * row to check or flag. Plain links and a GET form, so that it all works without
 * JavaScript; with it, moves inside the window stay on the page. `compact` (below the
 * rows) keeps the window links only.
 */
export function WindowNav({ document, compact = false }: { document: ReaderPage; compact?: boolean }) {
  const t = useTranslations("Reader");
  const { window, totalRows } = document;
  const { filtered } = window;
  // On a filtered list, rows are addressed in their windows of the whole document.
  const first = filtered ? null : window.first;
  const marked = (test: (r: ReaderPage["window"]["rows"][number]) => boolean) => window.rows.find(test)?.row ?? null;
  const hint = (label: string, key: string) => t("keyHint", { label, key });
  return (
    <nav className={compact ? "window-nav is-compact" : "window-nav"} aria-label={t("windowNav")}>
      {filtered ? <FilteredPager document={document} /> : <WindowPager document={document} />}
      {!compact && (
        <div className="window-tools">
          {totalRows > window.size && <GoToRow total={totalRows} first={first ?? 0} labels={{ label: t("goToRow"), go: t("go") }} />}
          {document.toc.length > 1 && <TableOfContents entries={document.toc} first={first ?? 0} />}
          {document.aligned && document.checks.count > 0 && (
            <MarkNavigator
              mark="check"
              first={first}
              previous={document.checks.previous}
              next={marked((r) => r.lowConfidence) ?? document.checks.next}
              after={document.checks.next}
              labels={{
                previous: t("previousCheck"),
                next: t("nextCheck"),
                previousTitle: hint(t("previousCheck"), `Shift+${MARK_KEY.check.toUpperCase()}`),
                nextTitle: hint(t("nextCheck"), MARK_KEY.check.toUpperCase()),
              }}
            />
          )}
          {document.aligned && document.flags.count > 0 && (
            <MarkNavigator
              mark="flag"
              first={first}
              previous={document.flags.previous}
              next={marked((r) => r.flags.length > 0) ?? document.flags.next}
              after={document.flags.next}
              labels={{
                previous: t("previousFlag"),
                next: t("nextFlag"),
                previousTitle: hint(t("previousFlag"), `Shift+${MARK_KEY.flag.toUpperCase()}`),
                nextTitle: hint(t("nextFlag"), MARK_KEY.flag.toUpperCase()),
              }}
            />
          )}
        </div>
      )}
    </nav>
  );
}

/** A window of the whole document: its rows, and the links to the windows around it. */
function WindowPager({ document }: { document: ReaderPage }) {
  const t = useTranslations("Reader");
  const { window, totalRows } = document;
  if (totalRows <= window.size) return null;
  const previous = window.first > 1 ? window.first - window.size : null;
  const next = window.last < totalRows ? window.last + 1 : null;
  return (
    <p className="window-pager">
      <span className="window-position" aria-live="polite">
        {t("rowsOf", { first: window.first, last: window.last, total: totalRows })}
      </span>
      {previous !== null ? (
        <>
          <a href={windowHref(1)} data-window="first">{t("firstWindow")}</a>
          <a href={windowHref(previous)} rel="prev" data-window="previous">{t("previousWindow")}</a>
        </>
      ) : null}
      {next !== null ? (
        <>
          <a href={windowHref(next)} rel="next" data-window="next">{t("nextWindow")}</a>
          <a href={windowHref(windowStart(totalRows, window.size))} data-window="last">{t("lastWindow")}</a>
        </>
      ) : null}
    </p>
  );
}

/** A page of a filtered list: which of the matching rows it shows, and the pages around it. */
function FilteredPager({ document }: { document: ReaderPage }) {
  const t = useTranslations("Reader");
  const { rows, filtered } = document.window;
  if (!filtered) return null;
  const { filter, before, total, previousFrom, nextFrom } = filtered;
  return (
    <p className="window-pager">
      <span className="window-position" aria-live="polite">
        {rows.length ? t("filtered", { filter, first: before + 1, last: before + rows.length, total }) : t("filteredNone", { filter })}
      </span>
      {previousFrom !== null && (
        <a href={filterHref(filter, previousFrom)} rel="prev" data-window="previous">
          {t("previousPage")}
        </a>
      )}
      {nextFrom !== null && (
        <a href={filterHref(filter, nextFrom)} rel="next" data-window="next">
          {t("nextPage")}
        </a>
      )}
    </p>
  );
}
