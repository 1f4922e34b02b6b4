import path from "node:path";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { UserError } from "../errors";
import { isValidSlug } from "../text/slug";
import type { BilingualFile } from "./bilingual";
import { parseTmx } from "./parse-tmx";
import { parseXliff } from "./parse-xliff";
import { readTextFile } from "./read-text-file";
import type { StoreResult } from "./store-article";
import { storeBilingual } from "./store-bilingual";

const READERS: Record<string, (name: string, text: string) => BilingualFile> = {
  ".tmx": parseTmx,
  ".xlf": parseXliff,
  ".xliff": parseXliff,
};

/** Extensions of bilingual files (both sides and their alignment in one file). */
export const BILINGUAL_EXTENSIONS = Object.keys(READERS);

export const isBilingualFile = (file: string) => path.extname(file).toLowerCase() in READERS;

export interface ImportBilingualOptions {
  en?: string;
  slug?: string;
  source?: string;
  actor?: Actor;
}

/** An English file (`english`) given beside `file`, which holds both languages already. */
export function englishInBilingualFile(english: string, file: string): UserError {
  const values = { file: path.basename(file) };
  return new UserError({ code: "englishInBilingualFile", field: "english", value: english, values, problem: `${values.file} already holds the English; an English file goes with an article` });
}

/** Refuses a slug that is not one. */
export function checkSlug(slug: string | undefined): void {
  if (slug !== undefined && !isValidSlug(slug)) throw new UserError({ code: "slugSyntax", field: "slug", value: slug, problem: "use lower-case letters, digits and single hyphens" });
}

/** What importing a bilingual file did: per document, and added up. */
export interface BilingualImportResult extends StoreResult {
  /** One result per document the file holds, in file order. */
  documents: StoreResult[];
}

/**
 * Several documents' results as one: the first document's slug (callers look the
 * document up by it, e.g. to align it), the counts added up, "created" or "unchanged"
 * only when every document was, else "updated"; `documents` has each one.
 */
function combine(results: StoreResult[]): BilingualImportResult {
  const sum = (side: "french" | "english") => ({
    kept: results.reduce((n, r) => n + (r[side]?.kept ?? 0), 0),
    added: results.reduce((n, r) => n + (r[side]?.added ?? 0), 0),
    removed: results.reduce((n, r) => n + (r[side]?.removed ?? 0), 0),
  });
  const outcomes = new Set(results.map((r) => r.outcome));
  return {
    documentId: results[0].documentId,
    slug: results[0].slug,
    outcome: outcomes.size === 1 ? results[0].outcome : "updated",
    french: sum("french"),
    english: sum("english"),
    documents: results,
  };
}

/**
 * Imports a TMX or XLIFF file (1.2 or 2.x): every document it holds, both sides, its
 * links confirmed. The whole file is read and checked first, then stored in one
 * transaction, so a bad file writes nothing.
 */
export async function importBilingualFile(db: Db, file: string, options: ImportBilingualOptions = {}): Promise<BilingualImportResult> {
  checkSlug(options.slug);
  if (options.en) throw englishInBilingualFile(options.en, file);
  return importBilingualContent(db, file, readTextFile(file), options);
}

/** A TMX or XLIFF file's text (an upload), imported as importBilingualFile imports a file. */
export async function importBilingualContent(db: Db, file: string, text: string, options: Omit<ImportBilingualOptions, "en"> = {}): Promise<BilingualImportResult> {
  const read = READERS[path.extname(file).toLowerCase()](file, text);
  // A <file> without units is no document.
  const parsed = { ...read, documents: read.documents.filter((d) => d.links.length) };
  if (!parsed.documents.length) throw new UserError({ code: "noTranslationUnits", values: { file }, problem: `${file}: no translation units found` });
  if (options.slug && parsed.documents.length > 1) {
    const values = { file: path.basename(file), count: parsed.documents.length };
    throw new UserError({ code: "slugNeedsOneDocument", field: "slug", value: options.slug, values, problem: `${values.file} holds ${values.count} documents; a slug names only one` });
  }
  return combine(await storeBilingual(db, parsed, { importedFrom: path.basename(file), slug: options.slug, source: options.source?.trim() || undefined, actor: options.actor }));
}
