import type { Db } from "../db/client";
import { frenchTitlesBySlug } from "../documents/titles";
import { UserError } from "../errors";
import { pairByName } from "./english-pairs";
import type { BilingualImportResult } from "./import-bilingual";
import { importSource, type ImportOutcome, type ImportSourceOptions } from "./import-batch";
import type { NamedText } from "./import-file";
import { oversizeError } from "./import-limits";
import { PASTED_ENGLISH, PASTED_FRENCH } from "./pasted-names";
import type { ArticleFormat } from "./parse-article";
import { decodeText } from "./read-text-file";
import type { StoreResult } from "./store-article";

/** A file as a browser sends it (a web File): its name, its size, its bytes. */
export interface Upload {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** One article as the import page gives it: uploaded files, pasted text, or a web address. */
export type WebArticle =
  | { kind: "upload"; french: Upload; english?: Upload }
  | { kind: "paste"; french: string; english?: string; format: ArticleFormat }
  | { kind: "url"; url: string };

export { PASTED_ENGLISH, PASTED_FRENCH };

export type WebImportOptions = Pick<ImportSourceOptions, "source" | "replace" | "replaceEdited" | "fetch" | "actor">;

/**
 * What the page shows for one article: plain data but for the errors, which the page's
 * server action phrases in the interface's language before sending it to the browser.
 */
export interface WebImportResult {
  /** The file name, "French text" or the URL. */
  name: string;
  outcome?: StoreResult["outcome"];
  /** The documents written (a TMX or XLIFF file may hold several), with their French titles. */
  documents: { slug: string; title: string }[];
  /** Why nothing was stored. */
  refused?: UserError;
  /** Imported, but not aligned (the reader shows it unaligned; aligning again may work). */
  alignFailed?: UserError;
  /** A different article imported before from a file of the same name, left as it was. */
  spared?: { slug: string; title: string };
}

// A file name goes into one-line messages: no line breaks or other control characters in it.
// eslint-disable-next-line no-control-regex
const printableName = (name: string) => name.replace(/[\u0000-\u001F\u007F]/g, "?").trim() || "(unnamed file)";

/** An upload's text: refused over the size limit before it is read, then decoded strictly (decodeText). */
async function readUpload(upload: Upload): Promise<NamedText> {
  const name = printableName(upload.name);
  const oversize = oversizeError(name, upload.size);
  if (oversize) throw oversize;
  return { name, text: decodeText(new Uint8Array(await upload.arrayBuffer()), name) };
}

/** Pasted text passes the checks a file does (control characters, empty text; line endings made \n). */
const pastedText = (name: string, text: string, format: ArticleFormat): NamedText => ({ name, text: decodeText(new TextEncoder().encode(text), name), format });

const nameOf = (article: WebArticle) =>
  article.kind === "url" ? article.url : article.kind === "paste" ? PASTED_FRENCH : printableName(article.french.name);

async function toSource(article: WebArticle) {
  if (article.kind === "url") return { kind: "url" as const, url: article.url };
  if (article.kind === "paste") {
    return {
      kind: "content" as const,
      french: pastedText(PASTED_FRENCH, article.french, article.format),
      en: article.english?.trim() ? pastedText(PASTED_ENGLISH, article.english, article.format) : undefined,
      // Pasted text comes from no file: a later paste is matched by its content and title only.
      importedFrom: null,
    };
  }
  return { kind: "content" as const, french: await readUpload(article.french), en: article.english ? await readUpload(article.english) : undefined };
}

async function describe(db: Db, outcome: ImportOutcome): Promise<WebImportResult> {
  const { result } = outcome;
  const written = result ? ("documents" in result ? (result as BilingualImportResult).documents : [result]) : [];
  const titles = await frenchTitlesBySlug(db, written.map((d) => d.slug));
  return {
    name: outcome.name,
    outcome: result?.outcome,
    documents: written.map((d) => ({ slug: d.slug, title: titles.get(d.slug) ?? d.slug })),
    ...(outcome.refused && { refused: outcome.refused }),
    ...(outcome.alignFailed && { alignFailed: outcome.alignFailed }),
    ...(result?.spared && { spared: result.spared }),
  };
}

/**
 * Imports one article from the web page: uploads are checked (size, then bytes: binary,
 * UTF-8, control characters) and read as the command line reads files, then the article
 * goes through importSource like every other (its own transaction, then aligned and
 * checked against the glossary). A refusal names the file and stores nothing.
 */
export async function importWebArticle(db: Db, article: WebArticle, options: WebImportOptions = {}): Promise<WebImportResult> {
  let source;
  try {
    source = await toSource(article);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { name: nameOf(article), documents: [], refused: error };
  }
  return describe(db, await importSource(db, source, { ...options, align: true }));
}

/**
 * Uploaded files as articles: `NAME.en.EXT` goes with `NAME.EXT` or `NAME.fr.EXT` (as in a
 * folder on the command line); `english`, when given, is the English of the one article.
 */
export function uploadsAsArticles(files: readonly Upload[], english?: Upload): WebArticle[] {
  if (english && files.length !== 1) {
    throw new UserError({ code: "englishNeedsOneArticle", field: "english", problem: "give it with one French file (or name each English file NAME.en.txt beside NAME.txt)" });
  }
  if (english) return [{ kind: "upload", french: files[0], english }];
  return pairByName(files, (f) => f.name).map(({ french, english: en }) => ({ kind: "upload", french, english: en }));
}
