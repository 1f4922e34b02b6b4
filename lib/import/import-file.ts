import fs from "node:fs";
import path from "node:path";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { UserError } from "../errors";
import { fetchArticle } from "./fetch-article";
import type { FetchPageOptions } from "./fetch-page";
import { checkSlug, englishInBilingualFile, importBilingualContent, isBilingualFile } from "./import-bilingual";
import { isArticleFile, parseArticleContent, unknownExtension, type ArticleFormat } from "./parse-article";
import { readTextFile } from "./read-text-file";
import { storeArticle, type StoreResult } from "./store-article";

export interface ImportFileOptions {
  /** An English translation of the article, stored as its English paragraphs. */
  en?: string;
  slug?: string;
  source?: string;
  /** Let --en replace English paragraphs corrected or reviewed in the reader. */
  replaceEdited?: boolean;
  /** Replace the article imported before from a file of the same name even if it is a different one. */
  replace?: boolean;
  /** Who imports (default: the command line); see lib/import/import-record.ts. */
  actor?: Actor;
}

/** A file's name and decoded text: read from disk, uploaded, or pasted. */
export interface NamedText {
  /** Starts every error message; its extension gives the format unless `format` does. */
  name: string;
  text: string;
  /** For text whose name has no extension (a paste). */
  format?: ArticleFormat;
}

export type ImportContentOptions = Omit<ImportFileOptions, "en"> & {
  en?: NamedText;
  /**
   * The file name kept with the document, which tells a later import of the same file
   * that it updates this document (see document-identity.ts): the base name of `name`
   * unless given; null for text that came from no file (a paste).
   */
  importedFrom?: string | null;
};

/**
 * Imports an article (plain text, Markdown, HTML by its name's extension; or a TMX or
 * XLIFF file, which holds both sides) from its text, with its English translation if
 * given, in one transaction. Everything is parsed and checked before anything is written,
 * so bad input leaves the database exactly as it was. The front door for uploads; files
 * and URLs come through here too.
 */
export async function importContent(db: Db, french: NamedText, options: ImportContentOptions = {}): Promise<StoreResult> {
  checkSlug(options.slug);
  if (isBilingualFile(french.name)) {
    if (options.en) throw englishInBilingualFile(options.en.name, french.name);
    return importBilingualContent(db, french.name, french.text, options);
  }
  const article = parseArticleContent(french.name, french.text, french.format);
  const english = options.en ? parseArticleContent(options.en.name, options.en.text, options.en.format).paragraphs : undefined;
  return storeArticle(db, article, {
    slug: options.slug,
    source: options.source?.trim() || undefined,
    importedFrom: options.importedFrom === undefined ? path.basename(french.name) : (options.importedFrom ?? undefined),
    english,
    replaceEdited: options.replaceEdited,
    replace: options.replace,
    actor: options.actor,
  });
}

/** Imports an article file (and optionally its English translation): see importContent. */
export async function importFile(db: Db, file: string, options: ImportFileOptions = {}): Promise<StoreResult> {
  checkSlug(options.slug);
  const read = (name: string) => {
    // Before reading: a PDF is an unknown extension, not a binary file.
    if (!isArticleFile(name) && !isBilingualFile(name) && !fs.statSync(name, { throwIfNoEntry: false })?.isDirectory() && fs.existsSync(name)) throw unknownExtension(name);
    return { name, text: readTextFile(name) };
  };
  if (isBilingualFile(file) && options.en) throw englishInBilingualFile(options.en, file);
  return importContent(db, read(file), { ...options, en: options.en ? read(options.en) : undefined });
}

/** Imports the article a web page holds (fetchArticle: http(s) only, size and time limits, no private hosts unless allowed). */
export async function importUrl(db: Db, url: string, options: Omit<ImportFileOptions, "en"> & { fetch?: FetchPageOptions } = {}): Promise<StoreResult> {
  checkSlug(options.slug);
  const article = await fetchArticle(url, options.fetch);
  return storeArticle(db, article, {
    slug: options.slug,
    source: options.source?.trim() || undefined,
    importedFrom: url,
    replaceEdited: options.replaceEdited,
    replace: options.replace,
    actor: options.actor,
  });
}
