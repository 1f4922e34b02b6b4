import path from "node:path";
import { COMMAND_ACTOR, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { UserError } from "../errors";
import { checkNoControlCharacters, readTextFile } from "../import/read-text-file";
import { csvToGlossary, glossaryToCsv } from "./csv";
import type { GlossaryEntryInput } from "./entry-schema";
import { loadGlossaryTerms } from "./load-terms";
import { saveEntries } from "./save-entries";
import { glossaryToTbx, tbxToGlossary } from "./tbx";

export const GLOSSARY_FORMATS = ["csv", "tbx"] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];
/** Larger files are refused before they are read. */
export const MAX_GLOSSARY_FILE_BYTES = 5 * 1024 * 1024;

export const GLOSSARY_MEDIA_TYPES: Record<GlossaryFormat, string> = {
  csv: "text/csv; charset=utf-8",
  tbx: "application/x-tbx+xml; charset=utf-8",
};

export function formatOf(file: string): GlossaryFormat {
  const ext = path.extname(file).toLowerCase().slice(1);
  if (ext === "csv" || ext === "tbx") return ext;
  if (ext === "xml") return "tbx";
  throw new UserError({ code: "unknownExtension", values: { file, extension: path.extname(file) || "none", expected: ".csv .tbx" }, problem: `${file}: unknown extension (expected .csv or .tbx)` });
}

/** Every entry, sorted by French form, as the exchange formats write them. */
export async function exportEntries(db: Db): Promise<GlossaryEntryInput[]> {
  const terms = await loadGlossaryTerms(db);
  return terms
    .sort((a, b) => a.fr.localeCompare(b.fr, "fr"))
    .map(({ kind, fr, en, note, noteFr, variants }) => ({
      kind,
      fr,
      en,
      note: note ?? null,
      noteFr: noteFr ?? null,
      variants: { fr: [...variants.fr].sort(), en: [...variants.en].sort() },
    }));
}

/** `rawValues`: CSV cells as stored, formulas not neutralized (see glossaryToCsv); TBX ignores it. */
export async function exportGlossary(db: Db, format: GlossaryFormat, options: { rawValues?: boolean } = {}): Promise<string> {
  const entries = await exportEntries(db);
  return format === "csv" ? glossaryToCsv(entries, options) : glossaryToTbx(entries);
}

/** Parses a glossary file's text (CSV or TBX, by its name); nothing is written. */
export function parseGlossaryText(text: string, name: string): GlossaryEntryInput[] {
  // Uploads arrive as text: refuse binary content here, for the page as for the command.
  checkNoControlCharacters(text, name);
  return formatOf(name) === "csv" ? csvToGlossary(text, name) : tbxToGlossary(text, name);
}

/**
 * Imports a glossary (CSV or TBX text): each entry is created, or updated when its French
 * form exists (its variants then become exactly the file's); entries not in the file stay.
 * The whole file is checked first and written in one transaction: a bad file writes nothing.
 */
export async function importGlossaryText(db: Db, text: string, name: string, actor: Actor = COMMAND_ACTOR) {
  const entries = parseGlossaryText(text, name);
  return saveEntries(db, entries, { actor, source: path.basename(name) });
}

export async function importGlossaryFile(db: Db, file: string, actor: Actor = COMMAND_ACTOR) {
  formatOf(file);
  return importGlossaryText(db, readTextFile(file, { maxBytes: MAX_GLOSSARY_FILE_BYTES }), file, actor);
}
