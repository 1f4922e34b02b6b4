import { SingleBar } from "cli-progress";
import { Command, Option } from "commander";
import fs from "node:fs";
import path from "node:path";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getDb } from "../lib/db/client";
import { UserError } from "../lib/errors";
import { coalesce } from "../lib/export/chunks";
import { DEFAULT_SOURCE_LANG, DEFAULT_TARGET_LANG, exportChunks, exportParallel } from "../lib/export/export";
import { EXPORT_FORMATS, type ExportFormat } from "../lib/export/formats";
import { countRows } from "../lib/export/source";
import { runCommand } from "./cli";

const program = new Command("export")
  .description("Export aligned text: one document (--doc) or all of them (--all), in one format.")
  .option("--doc <slug>", "the document to export")
  .option("--all", "export every document into one file")
  .addOption(new Option("--format <format>", "output format").choices(EXPORT_FORMATS).makeOptionMandatory())
  .option("--out <path>", "write to this file (default: stdout); required for txt, which writes <path>.fr and <path>.en")
  .addOption(new Option("--status <status>", "only links whose English is all reviewed").choices(["reviewed"]))
  .option("--source-lang <tag>", "language tag of the French side", DEFAULT_SOURCE_LANG)
  .option("--target-lang <tag>", "language tag of the English side", DEFAULT_TARGET_LANG)
  .showHelpAfterError();

interface Options {
  doc?: string;
  all?: boolean;
  format: ExportFormat;
  out?: string;
  status?: "reviewed";
  sourceLang: string;
  targetLang: string;
}

/** Writes to `file` through a temporary name, so that a failed export leaves no half file. */
async function writeFile(file: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  try {
    await write(fs.createWriteStream(partial));
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if ((error as NodeJS.ErrnoException).code && !(error instanceof UserError)) {
      throw new UserError(`--out ${file}: ${(error as Error).message}`);
    }
    throw error;
  }
}

/** txt --out corpus (or corpus.txt, corpus.fr, corpus.en) → corpus.fr and corpus.en. */
export const parallelBase = (out: string) => out.replace(/\.(txt|fr|en)$/i, "");

runCommand(async () => {
  program.parse();
  const options = program.opts<Options>();
  if (!!options.doc === !!options.all) throw new UserError("give either --doc SLUG or --all");
  const db = getDb();
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  // Progress on stderr when writing a file from a terminal (long exports take seconds).
  const bar = options.out && process.stderr.isTTY ? new SingleBar({ format: "exporting [{bar}] {value}/{total} rows", stream: process.stderr }) : null;
  const selection = {
    slug: options.doc,
    status: options.status,
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    warn: (message: string) => {
      if (bar) process.stderr.write("\n");
      console.error(`warning: ${message}`);
    },
    onRow: bar ? () => bar.increment() : undefined,
  };
  if (bar) bar.start(await countRows(db, selection), 0);

  if (options.format === "txt") {
    if (!options.out) throw new UserError("--format txt writes two files: give --out PATH (writes PATH.fr and PATH.en)");
    const base = parallelBase(options.out);
    const lines = await exportParallel(db, selection);
    const frFile = `${base}.fr`;
    const enFile = `${base}.en`;
    await writeFile(frFile, (fr) =>
      writeFile(enFile, async (en) => {
        const done = Promise.all([new Promise((r) => fr.once("finish", r)), new Promise((r) => en.once("finish", r))]);
        const write = (stream: Writable, text: string) =>
          stream.write(text) ? undefined : new Promise<void>((r) => stream.once("drain", () => r()));
        let count = 0;
        for await (const line of lines) {
          await write(fr, line.fr);
          await write(en, line.en);
          count++;
        }
        fr.end();
        en.end();
        await done;
        bar?.stop();
        console.error(`${count} lines written to ${frFile} and ${enFile}`);
      }),
    );
    return;
  }

  const chunks = coalesce(await exportChunks(db, { ...selection, format: options.format }));
  if (options.out) {
    const out = options.out;
    await writeFile(out, (stream) => pipeline(Readable.from(chunks), stream));
    bar?.stop();
  } else {
    await pipeline(Readable.from(chunks), process.stdout, { end: false });
  }
});
