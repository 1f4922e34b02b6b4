import { Command } from "commander";
import { refreshLexicon } from "../lib/align/lexicon/store";
import { getDb } from "../lib/db/client";
import { UserError } from "../lib/errors";
import { refreshDocumentFlags } from "../lib/glossary/stored-flags";
import type { ImportOutcome } from "../lib/import/import-batch";
import { importBilingualFile, isBilingualFile } from "../lib/import/import-bilingual";
import type { SideChanges, StoreResult } from "../lib/import/store-article";
import { ONE_LINE_ERRORS, runCommand } from "./cli";
import { cliErrorText } from "./cli-error-text";

// Loaded when the inputs need them, not up front: a TMX or XLIFF file needs neither the
// HTML and Markdown readers nor the web fetcher, the aligner only without --no-align, the
// progress bar only for several files. Every module loaded stays in the process's memory
// while it imports (about 20 MB and 0.3 s for these).
const articleImport = () => import("../lib/import/import-file");
const batchImport = () => import("../lib/import/import-batch");
const aligner = () => import("../lib/align/align-document");

const program = new Command("import")
  .description(
    "Import French articles (plain text, Markdown, HTML, or TMX/XLIFF with both sides) and optionally their English translations. " +
      "Several files, folders (NAME.en.EXT beside NAME.EXT or NAME.fr.EXT is its English) or http(s) addresses at once: each in its own transaction, going on past a refused one.",
  )
  .argument("<inputs...>", "article files (.txt .md .html .tmx .xlf .xliff), folders of them, or web addresses")
  .option("--en <file>", "the English translation of the one article given, stored as its English paragraphs")
  .option("--slug <slug>", "the document's identifier, for one article (default: from the file name or title)")
  .option("--source <source>", "where the articles come from, e.g. AFP")
  .option("--no-align", "do not align the documents' paragraphs after the import")
  .option("--replace-edited", "let --en replace English paragraphs corrected or reviewed in the reader")
  .option("--replace", "replace the document imported before from a file of the same name even if it holds a different article")
  .configureOutput(ONE_LINE_ERRORS);

interface Options {
  en?: string;
  slug?: string;
  source?: string;
  align: boolean;
  replaceEdited?: boolean;
  replace?: boolean;
}

const describe = (side: string, c: SideChanges) => `${side}: ${c.kept} kept, ${c.added} added, ${c.removed} removed`;

function summary(result: StoreResult): string {
  const spared = result.spared ? `; "${result.spared.title}" (${result.spared.slug}), a different article from a file of the same name, left as it was (--replace to replace it)` : "";
  if (result.outcome === "unchanged") return `${result.slug}: unchanged`;
  const sides = [describe("French", result.french), result.english && describe("English", result.english)];
  return `${result.slug}: ${result.outcome} (${sides.filter(Boolean).join("; ")})${spared}`;
}

/** One article, as before: its summary, then its alignment's. */
async function importOne(input: string, options: Options): Promise<void> {
  const db = getDb();
  const { align, ...rest } = options;
  const result = /^https?:\/\//i.test(input)
    ? await (await articleImport()).importUrl(db, input, rest)
    : isBilingualFile(input)
      ? await importBilingualFile(db, input, { en: rest.en, slug: rest.slug, source: rest.source })
      : await (await articleImport()).importFile(db, input, rest);
  console.log(summary(result));
  // A separate transaction: the import stands even if aligning fails (`npm run align` redoes it).
  const aligned = align ? await (await aligner()).alignIfNeeded(db, result.slug) : null;
  if (aligned) console.log(`aligned ${(await aligner()).formatSummary(aligned)}`);
  if (result.outcome !== "unchanged") await refreshDocumentFlags(db, result.documentId);
  if (aligned) await refreshLexicon(db);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "1,000 articles: 990 imported (980 created, 10 updated), 6 unchanged, 4 refused" */
function batchSummary(outcomes: ImportOutcome[]): string {
  const count = (outcome: StoreResult["outcome"]) => outcomes.filter((o) => o.result?.outcome === outcome).length;
  const [created, updated, unchanged] = [count("created"), count("updated"), count("unchanged")];
  const refused = outcomes.filter((o) => o.refused).length;
  return `${plural(outcomes.length, "article")}: ${created + updated} imported (${created} created, ${updated} updated), ${unchanged} unchanged, ${refused} refused`;
}

runCommand(async () => {
  program.parse();
  const inputs = program.args;
  const options = program.opts<Options>();
  const { expandSources, importBatch } = await batchImport();
  const sources = expandSources(inputs);
  const single = inputs.length === 1 && sources.length === 1 && (sources[0].kind === "url" || sources[0].file === inputs[0]);
  if (single) return importOne(inputs[0], options);
  if (options.en) throw new UserError("--en: give it with one article file, not with several files or a folder (in a folder, NAME.en.EXT is NAME.EXT's English)");
  if (options.slug) throw new UserError("--slug: names one document; give it with one article file");
  if (!sources.length) throw new UserError(`${inputs.join(", ")}: no article files found (.txt .md .markdown .html .htm .tmx .xlf .xliff)`);

  const { SingleBar } = await import("cli-progress");
  const bar = process.stderr.isTTY ? new SingleBar({ format: "importing [{bar}] {value}/{total} {name}", stream: process.stderr, hideCursor: true }) : null;
  bar?.start(sources.length, 0, { name: "" });
  const outcomes = await importBatch(getDb(), sources, {
    ...options,
    onProgress: (_done, _total, outcome) => bar?.increment({ name: outcome.name.slice(-40) }),
  });
  bar?.stop();
  // Once for the whole batch: learned from every aligned pair of the library.
  if (options.align && outcomes.some((o) => o.result && o.result.outcome !== "unchanged")) await refreshLexicon(getDb());
  for (const o of outcomes) {
    if (o.refused) console.error(`refused: ${cliErrorText(o.refused)}`);
    else if (o.result && o.result.outcome !== "unchanged") console.log(summary(o.result));
    if (o.alignFailed) console.error(`not aligned: ${cliErrorText(o.alignFailed)}`);
  }
  console.log(batchSummary(outcomes));
  // A refused file is a failure for scripts, though the others were imported.
  if (outcomes.some((o) => o.refused)) process.exitCode = 1;
});
