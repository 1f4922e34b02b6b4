import { Command } from "commander";
import { alignIfNeeded, formatSummary } from "../lib/align/align-document";
import { loadSampleCorpus } from "../lib/corpus/sample-corpus";
import { refreshLexicon } from "../lib/align/lexicon/store";
import { getDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { redactedUrl, resolveDatabaseUrl } from "../lib/db/url";
import { fillMissingTitleKeys } from "../lib/documents/title-key";
import { runCommand } from "./cli";

const program = new Command("db:setup")
  .description("Apply the migrations and load the sample corpus into the database DATABASE_URL names (idempotent).")
  .option("--no-sample", "only apply the migrations");

runCommand(async () => {
  program.parse();
  const { sample } = program.opts<{ sample: boolean }>();
  const url = resolveDatabaseUrl();
  const applied = await applyMigrations(url);
  const db = getDb();
  console.log(`database: ${redactedUrl(url)}${applied.length ? ` (${applied.length} migration${applied.length === 1 ? "" : "s"} applied)` : ""}`);
  const titled = await fillMissingTitleKeys(db);
  if (titled) console.log(`title keys filled for ${titled} document${titled === 1 ? "" : "s"} stored before they existed`);
  if (!sample) return;
  const result = await loadSampleCorpus(db);
  for (const doc of result.documents) {
    console.log(`sample document ${doc.slug}: ${doc.outcome === "present" ? "already there, left as it is" : doc.outcome}`);
  }
  const g = result.glossary;
  console.log(`sample glossary: ${g.created} entries created, ${g.present} already there`);
  // After the glossary, whose names are evidence; documents already aligned are left alone.
  for (const doc of result.documents) {
    const aligned = await alignIfNeeded(db, doc.slug);
    if (aligned) console.log(`aligned ${formatSummary(aligned)}`);
  }
  // Learned from the library's aligned pairs; rebuilt only when links changed since.
  await refreshLexicon(db);
});
