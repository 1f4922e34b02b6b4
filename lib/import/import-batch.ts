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
import { pairByName } from "./english-pairs";
import type { FetchPageOptions } from "./fetch-page";
import { importContent, importFile, importUrl, type ImportFileOptions, type NamedText } from "./import-file";
import { isArticleFile } from "./parse-article";
import type { StoreResult } from "./store-article";

/**
 * One thing to import: a file (with its English, if found), a web page, or text that
 * came another way (an upload, a paste: see importContent), with its English.
 */
export type ImportSource = PathSource | { kind: "content"; french: NamedText; en?: NamedText; importedFrom?: string | null };

/** What a command line names: a file or a web page. */
export type PathSource = { kind: "file"; file: string; en?: string } | { kind: "url"; url: string };

export interface ImportOutcome {
  /** The file or URL, as given or found in a folder. */
  name: string;
  result?: StoreResult;
  /** Why it was refused, for the front door to phrase (the message names the file). */
  refused?: UserError;
  /** Imported, but aligning it failed (it stays unaligned; aligning again may work). */
  alignFailed?: UserError;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);
const importable = (file: string) => isArticleFile(file) || isBilingualFile(file);

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
export function expandSources(inputs: readonly string[]): PathSource[] {
  const sources: PathSource[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      sources.push({ kind: "url", url: input });
      continue;
    }
    if (!fs.statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
      sources.push({ kind: "file", file: input });
      continue;
    }
    for (const { french, english } of pairByName(walk(input), (file) => file)) sources.push({ kind: "file", file: french, en: english });
  }
  return sources;
}

export interface ImportSourceOptions extends Omit<ImportFileOptions, "en" | "slug"> {
  /** Align each document's loose paragraphs after its import (as `import` does by default). */
  align?: boolean;
  /** Fetching web pages (private hosts, limits): see fetchPage. */
  fetch?: FetchPageOptions;
}

export interface ImportBatchOptions extends ImportSourceOptions {
  /** Called after each source, done or refused. */
  onProgress?: (done: number, total: number, outcome: ImportOutcome) => void;
}

/** What aligning an imported article uses beside its text, loaded once for a batch (not once per article). */
export interface AlignEvidence {
  glossary(): Promise<readonly GlossaryTerm[]>;
  lexicon(): Promise<Lexicon>;
}

function loadOnce(db: Db): AlignEvidence {
  let glossary: Promise<readonly GlossaryTerm[]> | undefined;
  let lexicon: Promise<Lexicon> | undefined;
  return { glossary: () => (glossary ??= loadGlossaryTerms(db)), lexicon: () => (lexicon ??= loadLexicon(db)) };
}

const nameOf = (source: ImportSource) => (source.kind === "url" ? source.url : source.kind === "file" ? source.file : source.french.name);

function importOnly(db: Db, source: ImportSource, options: ImportSourceOptions): Promise<StoreResult> {
  if (source.kind === "url") return importUrl(db, source.url, options);
  if (source.kind === "file") return importFile(db, source.file, { ...options, en: source.en });
  return importContent(db, source.french, { ...options, en: source.en, importedFrom: source.importedFrom });
}

/**
 * Imports one article in its own transaction, then aligns it (with `align`) and checks it
 * against the glossary, each a transaction of its own: the sequence every front door
 * follows. A refusal (a UserError: bad file, busy database) comes back as `refused`, with
 * nothing of this source written. `evidence` gives the glossary and lexicon aligning uses;
 * a batch loads them once.
 */
export async function importSource(db: Db, source: ImportSource, options: ImportSourceOptions = {}, evidence: AlignEvidence = loadOnce(db)): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { name: nameOf(source) };
  try {
    outcome.result = await importOnly(db, source, options);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    outcome.refused = error;
  }
  const result = outcome.result;
  if (result && result.outcome !== "unchanged") {
    const documents = "documents" in result ? (result as BilingualImportResult).documents : [result];
    if (options.align) {
      const [terms, lexicon] = await Promise.all([evidence.glossary(), evidence.lexicon()]);
      for (const doc of documents) {
        try {
          await alignIfNeeded(db, doc.slug, terms, lexicon);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          outcome.alignFailed = error;
        }
      }
    }
    for (const doc of documents) await refreshDocumentFlags(db, doc.documentId);
  }
  return outcome;
}

/**
 * Imports many articles, each as importSource does, going on past a refused one. Nothing
 * of a refused file is written; what was imported before it stays. Returns one outcome each.
 */
export async function importBatch(db: Db, sources: readonly ImportSource[], options: ImportBatchOptions = {}): Promise<ImportOutcome[]> {
  const evidence = loadOnce(db);
  const outcomes: ImportOutcome[] = [];
  for (const source of sources) {
    outcomes.push(await importSource(db, source, options, evidence));
    options.onProgress?.(outcomes.length, sources.length, outcomes[outcomes.length - 1]);
  }
  return outcomes;
}
