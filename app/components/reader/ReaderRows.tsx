"use client";

import { useTranslations } from "next-intl";
import type { ReaderRow as Row } from "@/lib/reader/load-reader";
import { ReaderRow } from "./ReaderRow";

/**
 * A window of the document, row after row, under a header naming the two columns.
 *
 * The client boundary of the reader, although nothing here holds state: the rows reach
 * the browser as data (text parts, ids, scores) and are rendered from it, on the server
 * for the first paint and again to hydrate. Rendered as server components, the same rows
 * travel as a serialized element tree, about twice the bytes and half again the server
 * time on a 1,000-paragraph document (bench/reader.bench.ts). Everything below stays
 * small and stateless; interactive pieces (GlossaryTooltips, ViewModeSwitch) wrap it.
 */
export function ReaderRows({ rows, slug, editable, totalRows }: { rows: Row[]; slug: string; editable: boolean; totalRows: number }) {
  const t = useTranslations("Reader");
  if (!rows.length) return <p className="empty">{t("noParagraphs")}</p>;
  return (
    <>
      <div className="columns" aria-hidden="true">
        <span className="column-fr">{t("columnFr")}</span>
        <span className="column-en">{t("columnEn")}</span>
      </div>
      <ol className="rows">
        {rows.map((row) => (
          <ReaderRow key={row.key} row={row} slug={editable ? slug : undefined} isFirst={row.row === 1} isLast={row.row === totalRows} />
        ))}
      </ol>
    </>
  );
}
