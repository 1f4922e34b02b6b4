import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { UserError, type UserErrorCode, type UserErrorValues } from "../errors";
import { neutralizeFormula, restoreFormula } from "../export/formula-cells";
import type { GlossaryEntryInput } from "./entry-schema";
import { parseEntry } from "./entries";

/**
 * The glossary as CSV (RFC 4180, UTF-8, comma-separated, header row):
 *   kind,fr,en,fr_variants,en_variants,note,note_fr
 * `kind` is person, place, organization or other; variants are separated by " | ";
 * `note` is the English note, `note_fr` the French one.
 * On import `kind`, `fr` and `en` are required columns, the others optional, in any order.
 * Formula-like cells are neutralized on export and restored on import (see glossaryToCsv).
 */
export const CSV_COLUMNS = ["kind", "fr", "en", "fr_variants", "en_variants", "note", "note_fr"] as const;
const REQUIRED = ["kind", "fr", "en"];
export const VARIANT_SEPARATOR = " | ";

/**
 * Cells that would start a spreadsheet formula get a leading apostrophe (see
 * lib/export/formula-cells.ts), which csvToGlossary removes again; `rawValues` writes
 * them as stored.
 */
export function glossaryToCsv(entries: readonly GlossaryEntryInput[], options: { rawValues?: boolean } = {}): string {
  const cell = options.rawValues ? (value: string) => value : neutralizeFormula;
  return stringify(
    entries.map((e) => [e.kind, e.fr, e.en, e.variants.fr.join(VARIANT_SEPARATOR), e.variants.en.join(VARIANT_SEPARATOR), e.note ?? "", e.noteFr ?? ""].map(cell)),
    { header: true, columns: [...CSV_COLUMNS], record_delimiter: "\r\n" },
  );
}

const splitVariants = (cell: string | undefined) =>
  (cell ?? "").split("|").map((v) => v.trim()).filter(Boolean);

/** What csv-parse raised, as the kind of problem it is (values.reason, see badCsvRow in lib/errors.ts). */
function csvProblem(error: Error & { code?: string }): UserErrorValues {
  const count = /expect (\d+), got (\d+)/.exec(error.message);
  if (error.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" && count) return { reason: "fieldCount", expected: Number(count[1]), got: Number(count[2]) };
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return { reason: "unclosedQuote" };
  if (error.code === "INVALID_OPENING_QUOTE" || error.code === "CSV_INVALID_CLOSING_QUOTE") return { reason: "strayQuote" };
  return { reason: "other", detail: error.message.split(/\n/)[0] };
}

/** A UserError about line `line` of `file` (when known): its values name both; its message starts "FILE: line N: ". */
function lineError(file: string, line: number | undefined, code: UserErrorCode, values: UserErrorValues, problem: string, cause?: UserError): UserError {
  const where = `${file}: line ${line ?? "?"}`;
  return new UserError({ code, values: { file, ...(line !== undefined && { line }), ...values }, problem: `${where}: ${problem}`, cause });
}

/** Parses a glossary CSV; errors name the file and the line ("glossary.csv: line 4: en: must not be empty"). */
export function csvToGlossary(text: string, file: string): GlossaryEntryInput[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { info: true, relax_column_count: false, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number; code?: string };
    throw lineError(file, e.lines, "badCsvRow", csvProblem(e), e.message.replace(/^Invalid Record Length: /, "").split(/\n/)[0]);
  }
  const columns = CSV_COLUMNS.join(",");
  if (!records.length) throw new UserError({ code: "emptyFile", values: { file }, problem: `${file}: empty file (expected a header row: ${columns})` });
  const header = records[0].record.map((h) => h.toLowerCase());
  for (const h of header) {
    if (!(CSV_COLUMNS as readonly string[]).includes(h)) throw lineError(file, 1, "unknownColumn", { column: h, expected: CSV_COLUMNS.join(", ") }, `unknown column "${h}" (expected ${columns})`);
  }
  for (const r of REQUIRED) if (!header.includes(r)) throw lineError(file, 1, "missingColumn", { column: r }, `missing column "${r}"`);
  const seen = new Map<string, number>();
  return records.slice(1).map(({ record, info }) => {
    // A cell is read back as it was before export neutralized it ("'=x" → "=x").
    const cell = (name: string) => {
      const value = record[header.indexOf(name)];
      return value === undefined ? value : restoreFormula(value);
    };
    let entry: GlossaryEntryInput;
    try {
      entry = parseEntry({
        kind: cell("kind"),
        fr: cell("fr"),
        en: cell("en"),
        note: cell("note") || null,
        noteFr: cell("note_fr") || null,
        variants: { fr: splitVariants(cell("fr_variants")), en: splitVariants(cell("en_variants")) },
      });
    } catch (error) {
      if (error instanceof UserError) throw lineError(file, info.lines, "invalidEntry", {}, error.message, error);
      throw error;
    }
    const before = seen.get(entry.fr);
    if (before) throw lineError(file, info.lines, "duplicateTerm", { term: entry.fr, first: before }, `fr: "${entry.fr}" already on line ${before}`);
    seen.set(entry.fr, info.lines);
    return entry;
  });
}
