import { useTranslations } from "next-intl";
import type { TocEntry } from "@/lib/reader/row-outline";
import { rowHref } from "@/lib/reader/windows";
import { frenchTypography } from "@/lib/text/french-typography";

/** Headings listed at most, those around the window shown: the page stays small however long the document. */
export const TOC_SHOWN = 200;

/** The document's headings, each a link to its row (in this window or another). */
export function TableOfContents({ entries, first }: { entries: TocEntry[]; first: number }) {
  const t = useTranslations("Reader");
  const here = entries.findIndex((e) => e.row >= first);
  const start = Math.max(0, Math.min((here < 0 ? entries.length : here) - TOC_SHOWN / 2, entries.length - TOC_SHOWN));
  const shown = entries.slice(start, start + TOC_SHOWN);
  return (
    <details className="toc">
      <summary>{t("contents", { count: entries.length })}</summary>
      {start > 0 && <p className="toc-more">{t("contentsBefore", { count: start })}</p>}
      <ol start={start + 1}>
        {shown.map((e) => (
          <li key={`${e.row}-${e.text}`} className={`toc-${e.kind}`}>
            <a href={rowHref(e.row, first)} data-row={e.row}>
              {frenchTypography(e.text)}
            </a>
          </li>
        ))}
      </ol>
      {start + shown.length < entries.length && <p className="toc-more">{t("contentsAfter", { count: entries.length - start - shown.length })}</p>}
    </details>
  );
}
