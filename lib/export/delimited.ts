import { neutralizeFormula } from "./formula-cells";
import { joinParagraphs } from "./separator";
import { linkShape, rowStatus, type ExportRow, type ExportWriter } from "./types";

/** The formats made of cells, where formulas are neutralized unless raw values are asked for. */
export const isDelimitedFormat = (format: string) => format === "csv" || format === "tsv";

/** Columns of TSV and CSV exports, in order. */
export const DELIMITED_COLUMNS = ["document", "row", "fr", "en", "link_type", "method", "status"] as const;

const fields = (slug: string, row: ExportRow) => [
  slug,
  String(row.index + 1),
  joinParagraphs(row.fr.map((p) => p.text)),
  joinParagraphs(row.en.map((p) => p.text)),
  linkShape(row),
  row.method ?? "",
  rowStatus(row) ?? "",
];

/** TSV cells cannot hold tabs or line breaks: backslash, tab, LF and CR are written \\ \t \n \r. */
export const escapeTsv = (value: string) =>
  value.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export const escapeCsv = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Cells that would start a spreadsheet formula get an apostrophe, unless the context asks for raw values. */
function delimitedWriter(separator: string, escape: (value: string) => string, newline: string): ExportWriter {
  return async function* (documents, context) {
    const cell = context.rawValues ? escape : (value: string) => escape(neutralizeFormula(value));
    yield DELIMITED_COLUMNS.join(separator) + newline;
    for await (const doc of documents) {
      for await (const row of doc.rows) yield fields(doc.slug, row).map(cell).join(separator) + newline;
    }
  };
}

/** Tab-separated, UTF-8, one header row, LF line ends, backslash escapes (see escapeTsv), formulas neutralized (see formula-cells.ts). */
export const writeTsv = delimitedWriter("\t", escapeTsv, "\n");
/** RFC 4180 CSV, UTF-8 without byte order mark, one header row, CRLF line ends, formulas neutralized. */
export const writeCsv = delimitedWriter(",", escapeCsv, "\r\n");
