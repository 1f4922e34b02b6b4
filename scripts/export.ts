import { SingleBar } from "cli-progress";
import { Command, Option } from "commander";
import fs from "node:fs";
import path from "node:path";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getDb } from "../lib/db/client";
import { UserError } from "../lib/errors";
import { coalesce } from "../lib/export/chunks";
import { isDelimitedFormat } from "../lib/export/delimited";
import { exportEpub } from "../lib/export/epub/export-epub";
import { ENGLISH_LAYOUTS, type EnglishLayout } from "../lib/export/epub/layout";
import { DEFAULT_SOURCE_LANG, DEFAULT_TARGET_LANG, exportChunks, exportParallel } from "../lib/export/export";
import { EXPORT_FORMATS, type ExportFormat } from "../lib/export/formats";
import { countRows } from "../lib/export/source";
import { ONE_LINE_ERRORS, runCommand } from "./cli";

const program = new Command("export")
  .description("Export aligned text: one document (--doc) or all of them (--all), in one format.")
  .option("--doc <slug>", "the document to export")
  .option("--all", "export every document into one file")
  .addOption(new Option("--format <format>", "output format").choices(EXPORT_FORMATS).makeOptionMandatory())
  .option("--out <path>", "write to this file (default: stdout); required for txt, which writes <path>.fr and <path>.en")
  .addOption(new Option("--status <status>", "only links whose English is all reviewed").choices(["reviewed"]))
  .option("--source-lang <tag>", "language tag of the French side", DEFAULT_SOURCE_LANG)
  .option("--target-lang <tag>", "language tag of the English side", DEFAULT_TARGET_LANG)
  .option("--raw-values", "csv and tsv: write cells as stored; by default a cell starting with = + - @ gets a leading ' so that spreadsheets do not run it as a formula")
  .addOption(new Option("--epub-english <layout>", "epub: the English after each French paragraph, or in pop-up notes").choices(ENGLISH_LAYOUTS))
  .configureOutput(ONE_LINE_ERRORS);

interface Options {
  doc?: string;
  all?: boolean;
  format: ExportFormat;
  out?: string;
  status?: "reviewed";
  sourceLang: string;
  targetLang: string;
  rawValues?: boolean;
  epubEnglish?: EnglishLayout;
}

/** What went wrong with an output file, in words (the errno code says it to a programmer). */
const ERRNO_WORDS: Record<string, string> = {
  ENOENT: "folder does not exist",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
};

/** One line naming the file: "--out /x/y.tmx: folder /x does not exist". */
function outputError(file: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code === "ENOENT") return new UserError(`--out ${file}: folder ${path.dirname(file)} does not exist`);
  return new UserError(`--out ${file}: ${ERRNO_WORDS[code] ?? `cannot write (${code || (error as Error).message})`}`);
}

/**
 * Checks before any work that `file` can be written: an existing folder, or a folder that
 * does not exist, fails here with one line rather than after the export ran.
 */
function checkOutput(file: string): void {
  const dir = path.dirname(file);
  let dirStat: fs.Stats;
  try {
    dirStat = fs.statSync(dir);
  } catch (error) {
    throw outputError(file, error);
  }
  if (!dirStat.isDirectory()) throw new UserError(`--out ${file}: ${dir} is not a folder`);
  const target = fs.statSync(file, { throwIfNoEntry: false });
  if (target?.isDirectory()) throw new UserError(`--out ${file}: is a folder, not a file`);
}

/** A temporary name next to `file`, renamed into place once the file is complete. */
const partialOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.partial`);

/**
 * Writes `files` through temporary names, so that a failed export leaves no half file:
 * every file is renamed into place only when all of them were written; on any error the
 * temporary files are removed and the error is one line naming the file.
 */
async function writeFiles(files: string[], write: (outs: Writable[]) => Promise<void>): Promise<void> {
  files.forEach(checkOutput);
  const partials = files.map(partialOf);
  const streams: fs.WriteStream[] = [];
  let current = files[0];
  try {
    for (const [i, partial] of partials.entries()) {
      current = files[i];
      const stream = fs.createWriteStream(partial);
      // Opening fails asynchronously: wait for it, so the error names the right file.
      await new Promise<void>((resolve, reject) => {
        stream.once("open", () => resolve());
        stream.once("error", reject);
      });
      streams.push(stream);
    }
    current = files[0];
    const failed = new Promise<never>((_, reject) =>
      streams.forEach((stream, i) =>
        stream.on("error", (error) => {
          current = files[i];
          reject(error);
        }),
      ),
    );
    failed.catch(() => {});
    await Promise.race([write(streams), failed]);
    for (const [i, partial] of partials.entries()) {
      current = files[i];
      fs.renameSync(partial, files[i]);
    }
  } catch (error) {
    for (const stream of streams) stream.destroy();
    for (const partial of partials) fs.rmSync(partial, { force: true });
    throw outputError(current, error);
  }
}

/** Waits until `stream` has flushed everything written to it. */
const finished = (stream: Writable) =>
  new Promise<void>((resolve, reject) => {
    stream.once("finish", resolve);
    stream.once("error", reject);
    stream.end();
  });

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** txt --out corpus (or corpus.txt, corpus.fr, corpus.en) → corpus.fr and corpus.en. */
export const parallelBase = (out: string) => out.replace(/\.(txt|fr|en)$/i, "");

runCommand(async () => {
  program.parse();
  const options = program.opts<Options>();
  if (!!options.doc === !!options.all) throw new UserError("give either --doc SLUG or --all");
  if (options.rawValues && !isDelimitedFormat(options.format)) throw new UserError(`--raw-values: only csv and tsv have cells, not --format ${options.format}`);
  if (options.epubEnglish && options.format !== "epub") throw new UserError("--epub-english: only with --format epub");
  if (options.format === "epub" && !options.out && process.stdout.isTTY) throw new UserError("--format epub writes a binary file: give --out FILE.epub");
  const files = options.format === "txt" && options.out ? [`${parallelBase(options.out)}.fr`, `${parallelBase(options.out)}.en`] : options.out ? [options.out] : [];
  // A bad --out fails before the export runs, not after.
  files.forEach(checkOutput);
  const db = getDb();
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  // Progress on stderr when writing a file from a terminal (long exports take seconds).
  const bar = options.out && process.stderr.isTTY ? new SingleBar({ format: "exporting [{bar}] {value}/{total} rows", stream: process.stderr }) : null;
  let exported = 0;
  const selection = {
    slug: options.doc,
    status: options.status,
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    rawValues: options.rawValues,
    warn: (message: string) => {
      if (bar) process.stderr.write("\n");
      console.error(`warning: ${message}`);
    },
    onRow: bar ? () => bar.increment() : undefined,
    onExport: () => exported++,
  };
  if (bar) bar.start(await countRows(db, selection), 0);

  /** After the export: what was written, and a note when nothing matched. */
  const report = () => {
    bar?.stop();
    if (options.out) console.error(`wrote ${files.join(" and ")} (${plural(exported, "row")})`);
    if (exported === 0) {
      const where = options.doc ? `in ${options.doc}` : "in any document";
      console.error(
        options.status
          ? `note: no link ${where} matched --status ${options.status}; the output has no rows`
          : `note: no link ${where}; the output has no rows`,
      );
    }
  };

  if (options.format === "txt") {
    if (!options.out) throw new UserError("--format txt writes two files: give --out PATH (writes PATH.fr and PATH.en)");
    const lines = await exportParallel(db, selection);
    await writeFiles(files, async ([fr, en]) => {
      const write = (stream: Writable, text: string) =>
        stream.write(text) ? undefined : new Promise<void>((r) => stream.once("drain", () => r()));
      for await (const line of lines) {
        await write(fr, line.fr);
        await write(en, line.en);
      }
      await Promise.all([finished(fr), finished(en)]);
    });
    report();
    return;
  }

  const chunks =
    options.format === "epub"
      ? await exportEpub(db, { ...selection, english: options.epubEnglish })
      : coalesce(await exportChunks(db, { ...selection, format: options.format }));
  if (options.out) {
    await writeFiles(files, ([stream]) => pipeline(Readable.from(chunks), stream));
  } else {
    await pipeline(Readable.from(chunks), process.stdout, { end: false });
  }
  report();
});
