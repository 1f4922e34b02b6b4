import { useTranslations } from "next-intl";
import type { ReaderPage } from "@/lib/reader/load-reader";
import { windowHref, windowStart } from "@/lib/reader/windows";
import { GoToRow } from "./GoToRow";
import { MarkNavigator } from "./MarkNavigator";
import { TableOfContents } from "./TableOfContents";

/**
 * Where this window stands in a long document, and the ways to move: previous and next
 * window, a row by number, the table of contents, the next row to check or flag. Plain
 * links and a GET form, so that it all works without JavaScript; with it, moves inside the
 * window stay on the page. `compact` (below the rows) keeps the window links only.
 */
export function WindowNav({ document, compact = false }: { document: ReaderPage; compact?: boolean }) {
  const t = useTranslations("Reader");
  const { window, totalRows } = document;
  const paged = totalRows > window.size;
  const previous = window.first > 1 ? window.first - window.size : null;
  const next = window.last < totalRows ? window.last + 1 : null;
  const lastStart = windowStart(totalRows, window.size);
  const firstMarked = (test: (r: ReaderPage["window"]["rows"][number]) => boolean) => window.rows.find(test)?.row ?? null;
  return (
    <nav className={compact ? "window-nav is-compact" : "window-nav"} aria-label={t("windowNav")}>
      {paged && (
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
              <a href={windowHref(lastStart)} data-window="last">{t("lastWindow")}</a>
            </>
          ) : null}
        </p>
      )}
      {!compact && (
        <div className="window-tools">
          {paged && <GoToRow total={totalRows} first={window.first} labels={{ label: t("goToRow"), go: t("go") }} />}
          {document.toc.length > 1 && <TableOfContents entries={document.toc} first={window.first} />}
          {document.aligned && document.checks.count > 0 && (
            <MarkNavigator
              mark="check"
              first={window.first}
              previous={document.checks.previous}
              next={firstMarked((r) => r.lowConfidence) ?? document.checks.next}
              after={document.checks.next}
              labels={{ previous: t("previousCheck"), next: t("nextCheck") }}
            />
          )}
          {document.aligned && document.flags.count > 0 && (
            <MarkNavigator
              mark="flag"
              first={window.first}
              previous={document.flags.previous}
              next={firstMarked((r) => r.flags.length > 0) ?? document.flags.next}
              after={document.flags.next}
              labels={{ previous: t("previousFlag"), next: t("nextFlag") }}
            />
          )}
        </div>
      )}
    </nav>
  );
}
