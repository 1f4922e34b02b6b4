import { useTranslations } from "next-intl";
import type { ReaderRow as Row } from "@/lib/reader/load-reader";
import { ReaderRow } from "./ReaderRow";

/** The document, row after row, under a header naming the two columns. */
export function ReaderRows({ rows }: { rows: Row[] }) {
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
          <ReaderRow key={row.key} row={row} />
        ))}
      </ol>
    </>
  );
}
