import path from "node:path";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { UserError } from "../errors";
import { isValidSlug } from "../text/slug";
import { importBilingualFile, isBilingualFile } from "./import-bilingual";
import { parseArticleFile } from "./parse-article";
import { storeArticle, type StoreResult } from "./store-article";

export interface ImportFileOptions {
  /** An English translation of the article, stored as its English paragraphs. */
  en?: string;
  slug?: string;
  source?: string;
  /** Let --en replace English paragraphs corrected or reviewed in the reader. */
  replaceEdited?: boolean;
  /** Who imports (default: the command line); see lib/import/import-record.ts. */
  actor?: Actor;
}

/**
 * Imports a French article file (and optionally its English translation) into the
 * database in one transaction. Every file is read and checked before anything is written,
 * so a bad file leaves the database exactly as it was.
 */
export async function importFile(db: Db, file: string, options: ImportFileOptions = {}): Promise<StoreResult> {
  if (options.slug !== undefined && !isValidSlug(options.slug)) {
    throw new UserError(`--slug "${options.slug}": use lower-case letters, digits and single hyphens`);
  }
  // TMX and XLIFF files hold both sides and their alignment: their own import path.
  if (isBilingualFile(file)) return importBilingualFile(db, file, options);
  const article = parseArticleFile(file);
  const english = options.en ? parseArticleFile(options.en).paragraphs : undefined;
  return storeArticle(db, article, {
    slug: options.slug,
    source: options.source?.trim() || undefined,
    importedFrom: path.basename(file),
    english,
    replaceEdited: options.replaceEdited,
    actor: options.actor,
  });
}
