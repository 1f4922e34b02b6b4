import { Command } from "commander";
import { alignIfNeeded, formatSummary } from "../lib/align/align-document";
import { getDb } from "../lib/db/client";
import { importFile } from "../lib/import/import-file";
import type { SideChanges, StoreResult } from "../lib/import/store-article";
import { ONE_LINE_ERRORS, runCommand } from "./cli";

const program = new Command("import")
  .description("Import a French article (plain text, Markdown or HTML) and optionally its English translation.")
  .argument("<file>", "the French article: .txt, .md or .html")
  .option("--en <file>", "its English translation, stored as the document's English paragraphs")
  .option("--slug <slug>", "the document's identifier (default: from the file name or title)")
  .option("--source <source>", "where the article comes from, e.g. AFP")
  .option("--no-align", "do not align the document's paragraphs after the import")
  .option("--replace-edited", "let --en replace English paragraphs corrected or reviewed in the reader")
  .configureOutput(ONE_LINE_ERRORS);

const describe = (side: string, c: SideChanges) =>
  `${side}: ${c.kept} kept, ${c.added} added, ${c.removed} removed`;

function summary(result: StoreResult): string {
  if (result.outcome === "unchanged") return `${result.slug}: unchanged`;
  const sides = [describe("French", result.french), result.english && describe("English", result.english)];
  return `${result.slug}: ${result.outcome} (${sides.filter(Boolean).join("; ")})`;
}

runCommand(async () => {
  program.parse();
  const [file] = program.args;
  const { align, ...options } = program.opts<{ en?: string; slug?: string; source?: string; align: boolean; replaceEdited?: boolean }>();
  const db = getDb();
  const result = await importFile(db, file, options);
  console.log(summary(result));
  // A separate transaction: the import stands even if aligning fails (`npm run align` redoes it).
  const aligned = align ? await alignIfNeeded(db, result.slug) : null;
  if (aligned) console.log(`aligned ${formatSummary(aligned)}`);
});
