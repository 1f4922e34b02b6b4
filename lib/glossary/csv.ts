import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { UserError } from "../errors";
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

/** Parses a glossary CSV; errors name the file and the line ("glossary.csv: line 4: en: must not be empty"). */
export function csvToGlossary(text: string, file: string): GlossaryEntryInput[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { info: true, relax_column_count: false, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new UserError(`${file}: line ${e.lines ?? "?"}: ${e.message.replace(/^Invalid Record Length: /, "").split(/\n/)[0]}`);
  }
  if (!records.length) throw new UserError(`${file}: empty file (expected a header row: ${CSV_COLUMNS.join(",")})`);
  const header = records[0].record.map((h) => h.toLowerCase());
  for (const h of header) if (!(CSV_COLUMNS as readonly string[]).includes(h)) throw new UserError(`${file}: line 1: unknown column "${h}" (expected ${CSV_COLUMNS.join(",")})`);
  for (const r of REQUIRED) if (!header.includes(r)) throw new UserError(`${file}: line 1: missing column "${r}"`);
  const seen = new Map<string, number>();
  return records.slice(1).map(({ record, info }) => {
    // A cell is read back as it was before export neutralized it ("'=x" → "=x").
    const cell = (name: string) => {
      const value = record[header.indexOf(name)];
      return value === undefined ? value : restoreFormula(value);
    };
    try {
      const entry = parseEntry({
        kind: cell("kind"),
        fr: cell("fr"),
        en: cell("en"),
        note: cell("note") || null,
        noteFr: cell("note_fr") || null,
        variants: { fr: splitVariants(cell("fr_variants")), en: splitVariants(cell("en_variants")) },
      });
      const before = seen.get(entry.fr);
      if (before) throw new UserError(`fr: "${entry.fr}" already on line ${before}`);
      seen.set(entry.fr, info.lines);
      return entry;
    } catch (error) {
      if (error instanceof UserError) throw new UserError(`${file}: line ${info.lines}: ${error.message}`);
      throw error;
    }
  });
}
