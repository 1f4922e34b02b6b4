import fs from "node:fs";
import path from "node:path";
import { alignIfNeeded } from "../align/align-document";
import type { Lexicon } from "../align/lexicon/learn";
import { loadLexicon } from "../align/lexicon/store";
import type { Db } from "../db/client";
import { UserError } from "../errors";
import type { GlossaryTerm } from "../glossary/matcher";
import { loadGlossaryTerms } from "../glossary/load-terms";
import { refreshDocumentFlags } from "../glossary/stored-flags";
import { isBilingualFile, type BilingualImportResult } from "./import-bilingual";
import { importFile, importUrl, type ImportFileOptions } from "./import-file";
import { isArticleFile } from "./parse-article";
import type { StoreResult } from "./store-article";

/** One thing to import: a file (with its English, if found), or a web page. */
export type ImportSource = { kind: "file"; file: string; en?: string } | { kind: "url"; url: string };

export interface ImportOutcome {
  /** The file or URL, as given or found in a folder. */
  name: string;
  result?: StoreResult;
  /** Why it was refused: one line naming the file (a UserError's message). */
  refused?: string;
  /** Imported, but aligning it failed (it stays unaligned; `npm run align` tries again). */
  alignFailed?: string;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);
const importable = (file: string) => isArticleFile(file) || isBilingualFile(file);
/** "article.en.txt" is the English of "article.txt" or "article.fr.txt" beside it. */
const ENGLISH = /\.en(\.[^.]+)$/i;

/** The importable files of a folder and its subfolders (hidden ones left out), in name order. */
function walk(folder: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile() && importable(full)) files.push(full);
  }
  return files;
}

/**
 * What the inputs name: URLs as they are, files as they are, folders as the importable
 * files they hold. In a folder, `NAME.en.EXT` is the English of `NAME.EXT` or
 * `NAME.fr.EXT` there, imported with it; an English file without its French counterpart
 * is imported on its own (and refused if it is not an article).
 */
export function expandSources(inputs: readonly string[]): ImportSource[] {
  const sources: ImportSource[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      sources.push({ kind: "url", url: input });
      continue;
    }
    if (!fs.statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
      sources.push({ kind: "file", file: input });
      continue;
    }
    const files = walk(input);
    const present = new Set(files);
    const englishOf = new Map<string, string>();
    for (const file of files) {
      const match = ENGLISH.exec(file);
      if (!match) continue;
      const base = file.slice(0, match.index);
      const french = [`${base}${match[1]}`, `${base}.fr${match[1]}`].find((f) => present.has(f));
      if (french) englishOf.set(french, file);
    }
    const paired = new Set(englishOf.values());
    for (const file of files) if (!paired.has(file)) sources.push({ kind: "file", file, en: englishOf.get(file) });
  }
  return sources;
}

export interface ImportBatchOptions extends Omit<ImportFileOptions, "en" | "slug"> {
  /** Align each document's loose paragraphs after its import (as `import` does by default). */
  align?: boolean;
  /** Called after each source, done or refused. */
  onProgress?: (done: number, total: number, outcome: ImportOutcome) => void;
}

/**
 * Imports many articles, each in its own transaction (then aligned, then checked against
 * the glossary, each a transaction of its own), going on past a refused one. Nothing of a
 * refused file is written; what was imported before it stays. Returns one outcome each.
 */
export async function importBatch(db: Db, sources: readonly ImportSource[], options: ImportBatchOptions = {}): Promise<ImportOutcome[]> {
  // Loaded once for the batch, not once per article.
  let glossary: readonly GlossaryTerm[] | undefined;
  let lexicon: Lexicon | undefined;
  const outcomes: ImportOutcome[] = [];
  for (const source of sources) {
    const name = source.kind === "url" ? source.url : source.file;
    const outcome: ImportOutcome = { name };
    try {
      outcome.result = source.kind === "url" ? await importUrl(db, source.url, options) : await importFile(db, source.file, { ...options, en: source.en });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      outcome.refused = error.message;
    }
    const result = outcome.result;
    if (result && result.outcome !== "unchanged") {
      const documents = "documents" in result ? (result as BilingualImportResult).documents : [result];
      if (options.align) {
        glossary ??= await loadGlossaryTerms(db);
        lexicon ??= await loadLexicon(db);
        for (const doc of documents) {
          try {
            await alignIfNeeded(db, doc.slug, glossary, lexicon);
          } catch (error) {
            if (!(error instanceof UserError)) throw error;
            outcome.alignFailed = error.message;
          }
        }
      }
      for (const doc of documents) await refreshDocumentFlags(db, doc.documentId);
    }
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, sources.length, outcome);
  }
  return outcomes;
}
