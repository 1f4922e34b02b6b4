import { Command, InvalidArgumentError, Option } from "commander";
import { getDb } from "../lib/db/client";
import { UserError } from "../lib/errors";
import { NEAR_MATCH_THRESHOLD } from "../lib/memory/memory";
import { MAX_REQUEST_BYTES, MAX_TEXTS_PER_REQUEST } from "../lib/translate/batches";
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_TIMEOUT_MS, deeplProviderFromEnv } from "../lib/translate/deepl-provider";
import { DEFAULT_TARGET_LANG, TARGET_LANGS, type TargetLang } from "../lib/translate/provider";
import { type TranslateReport, translateDocuments } from "../lib/translate/run";
import { ONE_LINE_ERRORS, runCommand } from "./cli";
import { cliErrorText } from "./cli-error-text";

const positiveNumber = (max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new InvalidArgumentError(`expected a number above 0, at most ${max}`);
  return n;
};

const program = new Command("translate")
  .description(
    "Give every French paragraph without English a first draft: from the translation memory (exact matches), " +
      "else from DeepL (DEEPL_AUTH_KEY, DEEPL_SERVER_URL) with our glossary. Stored with status machine.",
  )
  .option("--doc <slug>", "the document to translate (repeatable)", (slug: string, all: string[] = []) => [...all, slug])
  .option("--all", "every document")
  .option("--dry-run", "print the characters that would be sent and the remaining DeepL quota; write nothing")
  .addOption(new Option("--target <lang>", "English variant").choices(TARGET_LANGS).default(DEFAULT_TARGET_LANG))
  .option("--timeout <seconds>", "seconds one DeepL request may take before it is retried", positiveNumber(600), DEFAULT_TIMEOUT_MS / 1000)
  .option("--batch-size <n>", "paragraphs per DeepL request", positiveNumber(MAX_TEXTS_PER_REQUEST), MAX_TEXTS_PER_REQUEST)
  .option("--near <similarity>", "suggest memory entries at least this similar (0-1)", positiveNumber(1), NEAR_MATCH_THRESHOLD)
  .configureOutput(ONE_LINE_ERRORS);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function print(report: TranslateReport): void {
  for (const doc of report.documents) {
    if (doc.skipped) {
      console.log(`${doc.slug}: skipped, ${cliErrorText(doc.skipped)}`);
      continue;
    }
    if (report.dryRun) {
      console.log(`${doc.slug}: ${plural(doc.toSend, "paragraph")} to send to DeepL (${plural(doc.characters, "character")})`);
    } else if (!doc.fromMemory && !doc.fromDeepl && !doc.fromStored && !doc.copied) {
      console.log(`${doc.slug}: nothing to translate`);
    } else {
      const parts = [`${doc.fromMemory} from memory`, `${doc.fromDeepl} from DeepL (${plural(doc.characters, "character")})`];
      if (doc.fromStored) parts.push(`${doc.fromStored} from earlier DeepL output`);
      if (doc.copied) parts.push(`${plural(doc.copied, "credit line")} copied unchanged`);
      console.log(`${doc.slug}: ${parts.join(", ")}`);
    }
    for (const { paragraph, matches } of doc.suggestions) {
      for (const m of matches) {
        console.log(`  suggestion for paragraph ${paragraph.position + 1} (${Math.round(m.score * 100)}% like memory #${m.unit.id}): ${m.unit.targetText}`);
      }
    }
  }
  if (report.dryRun) {
    const total = report.documents.reduce((n, d) => n + d.characters, 0);
    const quota = report.usage
      ? `${report.usage.limit - report.usage.used} of ${report.usage.limit} characters left this billing period`
      : "quota unknown (set DEEPL_AUTH_KEY to ask DeepL)";
    console.log(`dry run: ${plural(total, "character")} would be sent to DeepL (${report.targetLang}); ${quota}`);
  } else if (report.glossary && report.glossary.outcome !== "none") {
    console.log(`DeepL glossary ${report.glossary.outcome} (${report.glossary.entries} ${report.glossary.entries === 1 ? "entry" : "entries"})`);
  }
}

runCommand(async () => {
  program.parse();
  const options = program.opts<{ doc?: string[]; all?: boolean; dryRun?: boolean; target: TargetLang; timeout: number; batchSize: number; near: number }>();
  if (!!options.doc === !!options.all) throw new UserError("give either --doc SLUG or --all (see --help)");
  const provider = deeplProviderFromEnv(process.env, { timeoutMs: options.timeout * 1000, maxAttempts: DEFAULT_MAX_ATTEMPTS });
  const report = await translateDocuments(getDb(), {
    slugs: options.doc,
    all: options.all,
    dryRun: options.dryRun,
    targetLang: options.target,
    provider,
    nearThreshold: options.near,
    batchLimits: { maxTexts: Math.floor(options.batchSize), maxBytes: MAX_REQUEST_BYTES },
    onBatch: ({ slug, sentSoFar, toSend }) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${slug}: ${sentSoFar}/${toSend} sent to DeepL`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  print(report);
});
