import { Command } from "commander";
import { UserError } from "../lib/errors";
import { ONE_LINE_ERRORS, runCommand } from "./cli";

const program = new Command("align")
  .description(
    "Align French paragraphs with English ones. With --doc or --all: a stored document's paragraphs, links stored in one transaction " +
      "(locked links are kept and the rest is aligned around them; the library's word lexicon is used, and relearned afterwards). " +
      "With --fr and --en: two files of one paragraph per non-empty line, no database. " +
      "Texts of up to 5,000 paragraphs a side, unless most of their paragraphs repeat, are aligned with the project's core French-English " +
      "word list too, and with FreeDict's French-English dictionary when installed (Debian: dict-freedict-fra-eng; ALIGN_DICTIONARY=off goes without it).",
  )
  .option("--doc <slug>", "align the stored document with this slug")
  .option("--all", "align every stored document that has English paragraphs")
  .option("--fr <file>", "file mode: the French paragraphs, one per non-empty line")
  .option("--en <file>", "file mode: the English paragraphs, one per non-empty line")
  .option("--json", 'file mode: print only {"links":[{"fr":[0],"en":[0],"score":0.97},…]} (indices 0-based)')
  .option("--glossary <file>", "file mode: a glossary JSON file (format of prisma/corpus/glossary.json) for name evidence")
  .configureOutput(ONE_LINE_ERRORS);

interface Options {
  doc?: string;
  all?: boolean;
  fr?: string;
  en?: string;
  json?: boolean;
  glossary?: string;
}

// Modules are loaded by the mode that needs them: file mode never loads the database
// client, whose start-up would be most of a short run.
async function alignFiles(options: Options): Promise<void> {
  if (!options.fr || !options.en) throw new UserError("file mode needs both --fr FILE and --en FILE");
  const { readLineFile } = await import("../lib/align/read-line-file");
  const { readGlossaryFile } = await import("../lib/glossary/load-terms");
  const { alignParagraphs } = await import("../lib/align/align");
  const { lexiconFor } = await import("../lib/align/lexicon/dictionary");
  const fr = readLineFile(options.fr);
  const en = readLineFile(options.en);
  const glossary = options.glossary ? readGlossaryFile(options.glossary) : undefined;
  const links = alignParagraphs({ fr, en, glossary, lexicon: lexiconFor(new Map(), fr, en) });
  const rounded = links.map((l) => ({ fr: l.fr, en: l.en, score: Math.round(l.score * 1000) / 1000 }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ links: rounded })}\n`);
    return;
  }
  for (const l of rounded) console.log(`${l.fr.join(",") || "-"}\t${l.en.join(",") || "-"}\t${l.score.toFixed(3)}`);
}

async function alignStored(options: Options): Promise<void> {
  const { getDb } = await import("../lib/db/client");
  const { alignAll, alignDocument, formatSummary } = await import("../lib/align/align-document");
  const { refreshLexicon } = await import("../lib/align/lexicon/store");
  const db = getDb();
  if (options.doc !== undefined) console.log(formatSummary(await alignDocument(db, options.doc)));
  else {
    const summaries = await alignAll(db, (s) => console.log(formatSummary(s)));
    if (!summaries.length) console.log("no document with English paragraphs to align");
  }
  // The links changed: the lexicon learned from them may have too.
  await refreshLexicon(db);
}

runCommand(async () => {
  program.parse();
  const options = program.opts<Options>();
  const modes = [options.doc !== undefined, !!options.all, options.fr !== undefined || options.en !== undefined].filter(Boolean).length;
  if (modes !== 1) throw new UserError("give exactly one of --doc SLUG, --all, or --fr FILE --en FILE (see --help)");
  if ((options.json || options.glossary) && options.fr === undefined && options.en === undefined) {
    throw new UserError("--json and --glossary belong to file mode (--fr FILE --en FILE)");
  }
  if (options.fr !== undefined || options.en !== undefined) return alignFiles(options);
  return alignStored(options);
});
