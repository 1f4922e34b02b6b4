import { Command, Option } from "commander";
import fs from "node:fs";
import { getDb } from "../lib/db/client";
import { UserError } from "../lib/errors";
import { acceptCandidate, extractAndStoreCandidates, listCandidates, rejectCandidate, type CandidateStatus } from "../lib/glossary/candidates";
import { checkDocuments } from "../lib/glossary/check";
import { parseId } from "../lib/glossary/entries";
import { exportGlossary, GLOSSARY_FORMATS, importGlossaryFile, type GlossaryFormat } from "../lib/glossary/exchange";
import { ONE_LINE_ERRORS, runCommand } from "./cli";

/** --doc SLUG (repeatable) or --all: which documents a command reads. */
function documentScope(command: Command): Command {
  return command
    .option("--doc <slug>", "a document, by slug (repeat for several)", (v: string, prev: string[] = []) => [...prev, v])
    .option("--all", "every document")
    .option("--json", "print only a JSON array, for other tools");
}

/** "1 flag", "2 flags". */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function slugsOf(options: { doc?: string[]; all?: boolean }): string[] | undefined {
  if (options.all && options.doc) throw new UserError("--doc and --all: give one or the other");
  if (!options.all && !options.doc) throw new UserError("--doc SLUG or --all: say which documents");
  return options.all ? undefined : options.doc;
}

const program = new Command("glossary")
  .description("Grow and check the glossary: extract candidate names, review them, import, export, check translations.")
  .configureOutput(ONE_LINE_ERRORS);

documentScope(
  program
    .command("extract")
    .description("Find names of people, places and organisations in the French text and store them as candidates for review."),
).action(async (options: { doc?: string[]; all?: boolean; json?: boolean }) => {
  const candidates = await extractAndStoreCandidates(getDb(), slugsOf(options));
  if (options.json) {
    console.log(JSON.stringify(candidates.map(({ id, fr, kind, variants, en, documents, occurrences, status }) => ({ id, fr, kind, variants, en, documents, occurrences, status })), null, 2));
    return;
  }
  for (const c of candidates) {
    const variants = c.variants.length ? ` (${c.variants.join(", ")})` : "";
    console.log(`${String(c.id).padStart(4)}  ${c.kind.padEnd(12)} ${c.fr}${variants} → ${c.en ?? "?"}  [${c.status}, ${c.occurrences}×]`);
  }
  const pending = candidates.filter((c) => c.status === "pending").length;
  console.error(`${plural(candidates.length, "candidate")}, ${pending} waiting for review (glossary accept ID / reject ID, or the glossary page)`);
});

documentScope(
  program
    .command("check")
    .description("Flag aligned pairs whose French names a glossary entry that the English lacks (in every spelling)."),
).action(async (options: { doc?: string[]; all?: boolean; json?: boolean }) => {
  const flags = await checkDocuments(getDb(), slugsOf(options));
  if (options.json) {
    console.log(JSON.stringify(flags, null, 2));
    return;
  }
  for (const f of flags) {
    console.log(`${f.doc} (link ${f.linkId}, paragraph ${f.frParagraphIds.join(",")}): "${f.fr}" but no ${f.accepted.map((a) => `"${a}"`).join(" / ")} in the English`);
  }
  console.error(flags.length ? plural(flags.length, "flag") : "no flags");
});

program
  .command("candidates")
  .description("List stored candidates.")
  .addOption(new Option("--status <status>", "which candidates").choices(["pending", "accepted", "rejected"]).default("pending"))
  .option("--json", "print only a JSON array")
  .action(async (options: { status: CandidateStatus; json?: boolean }) => {
    const candidates = await listCandidates(getDb(), options.status);
    if (options.json) return void console.log(JSON.stringify(candidates, null, 2));
    for (const c of candidates) console.log(`${String(c.id).padStart(4)}  ${c.kind.padEnd(12)} ${c.fr} → ${c.en ?? "?"}  [${c.documents.join(", ")}]`);
  });

program
  .command("accept")
  .description("Accept a candidate into the glossary (its French variants with it).")
  .argument("<id>", "the candidate's id (see `candidates`)")
  .option("--en <form>", "the English form (required when none was proposed)")
  .option("--kind <kind>", "person, place, organization or other (default: as guessed)")
  .option("--fr <form>", "another French form to use as the entry's")
  .option("--note <note>", "a one-line note")
  .action(async (id: string, options: { en?: string; kind?: string; fr?: string; note?: string }) => {
    const candidateId = parseId(id);
    if (!options.en?.trim()) {
      // Say which candidate lacks its English, and how to give it, rather than "en: must not be empty".
      const candidate = await getDb().glossaryCandidate.findUnique({ where: { id: candidateId } });
      if (candidate?.status === "pending" && !candidate.en?.trim()) {
        throw new UserError(`candidate ${candidateId} ("${candidate.fr}") has no English form yet: give it with --en "…" (glossary accept ${candidateId} --en "…")`);
      }
    }
    const entryId = await acceptCandidate(getDb(), candidateId, options);
    console.log(`candidate ${id}: accepted as glossary entry ${entryId}`);
  });

program
  .command("reject")
  .description("Reject a candidate: it will not be proposed again.")
  .argument("<id>", "the candidate's id")
  .action(async (id: string) => {
    await rejectCandidate(getDb(), parseId(id));
    console.log(`candidate ${id}: rejected`);
  });

program
  .command("import")
  .description("Import entries from CSV or TBX: new French forms are added, existing ones updated; one transaction.")
  .argument("<file>", "a .csv (columns kind,fr,en,fr_variants,en_variants,note,note_fr) or .tbx file")
  .action(async (file: string) => {
    const counts = await importGlossaryFile(getDb(), file);
    console.log(`${file}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`);
  });

program
  .command("export")
  .description("Write the glossary as CSV or TBX (to stdout, or to --out).")
  .addOption(new Option("--format <format>", "csv or tbx").choices([...GLOSSARY_FORMATS]).makeOptionMandatory())
  .option("--out <path>", "write to this file instead of stdout")
  .option("--raw-values", "csv: write cells as stored; by default a cell starting with = + - @ gets a leading ' so that spreadsheets do not run it as a formula (import removes it)")
  .action(async (options: { format: GlossaryFormat; out?: string; rawValues?: boolean }) => {
    if (options.rawValues && options.format !== "csv") throw new UserError(`--raw-values: only csv has cells, not --format ${options.format}`);
    const text = await exportGlossary(getDb(), options.format, { rawValues: options.rawValues });
    if (!options.out) return void process.stdout.write(text);
    try {
      fs.writeFileSync(options.out, text);
    } catch (error) {
      throw new UserError(`--out ${options.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    console.error(`wrote ${options.out}`);
  });

runCommand(async () => {
  await program.parseAsync();
});
