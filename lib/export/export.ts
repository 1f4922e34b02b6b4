import type { Db } from "../db/client";
import { UserError } from "../errors";
import { FORMATS, type ExportFormat } from "./formats";
import { parallelLines, type ParallelLine } from "./parallel-text";
import { checkSelection, exportDocuments, type ExportSelection } from "./source";
import type { ExportContext } from "./types";

export const DEFAULT_SOURCE_LANG = "fr-FR";
export const DEFAULT_TARGET_LANG = "en-GB";

export interface ExportOptions extends ExportSelection {
  format: ExportFormat;
  /** xml:lang of each side (default fr-FR, en-GB), written exactly as given. */
  sourceLang?: string;
  targetLang?: string;
  /** Told about every dropped character; by default they are dropped silently. */
  warn?: (message: string) => void;
  /** CSV and TSV only: cells as stored, formulas not neutralized (other formats ignore it). */
  rawValues?: boolean;
}

/** A language tag as BCP 47 writes it (fr, fr-FR, en-GB, zh-Hant-TW…). */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** The languages (checked) and the warning sink of an export. */
export function contextOf(options: ExportOptions): ExportContext {
  const sourceLang = options.sourceLang ?? DEFAULT_SOURCE_LANG;
  const targetLang = options.targetLang ?? DEFAULT_TARGET_LANG;
  if (!LANGUAGE_TAG.test(sourceLang)) throw new UserError({ field: "sourceLang", value: sourceLang, problem: "not a language tag such as fr-FR" });
  if (!LANGUAGE_TAG.test(targetLang)) throw new UserError({ field: "targetLang", value: targetLang, problem: "not a language tag such as en-GB" });
  return { sourceLang, targetLang, warn: options.warn ?? (() => {}), rawValues: options.rawValues ?? false };
}

/**
 * The chunks of one exported file, read from the database as they are consumed (the
 * selection is checked first: an unknown slug fails before any chunk).
 */
export async function exportChunks(db: Db, options: ExportOptions): Promise<AsyncIterable<string>> {
  const spec = FORMATS[options.format];
  if (spec.kind !== "file") {
    throw new UserError({ field: "format", value: options.format, problem: spec.kind === "book" ? "bytes, not text; use exportEpub" : "writes two files; use exportParallel" });
  }
  const context = contextOf(options);
  await checkSelection(db, options);
  return spec.writer(exportDocuments(db, options), context);
}

/** Parallel plain text: the lines of the .fr and .en files, in step. */
export async function exportParallel(db: Db, options: Omit<ExportOptions, "format">): Promise<AsyncIterable<ParallelLine>> {
  contextOf({ ...options, format: "txt" });
  await checkSelection(db, options);
  return parallelLines(exportDocuments(db, options));
}

/** One side of the parallel text as chunks (for a download of the .fr or the .en file). */
export async function exportParallelSide(db: Db, options: Omit<ExportOptions, "format">, side: "fr" | "en"): Promise<AsyncIterable<string>> {
  const lines = await exportParallel(db, options);
  return (async function* () {
    for await (const line of lines) yield line[side];
  })();
}
