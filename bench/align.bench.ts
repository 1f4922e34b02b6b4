// `npm run bench -- align`: the paragraph aligner measured on the report half of its dev
// set (bench/align-dev/load-dev-set.ts; the constants were fitted on the other half),
// next to a Gale–Church (1993) length-only baseline on the same cases; its confidence
// on the out-of-distribution cases; quality on long texts at 1,000 to 50,000 paragraphs;
// and its speed, in-process and through the real commands. Each timed run happens in a
// child process of its own, so that peak RSS is that run's.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { alignParagraphs } from "../lib/align/align";
import { LOW_CONFIDENCE } from "../lib/align/confidence";
import type { DevCase } from "./align-dev/dev-case";
import { readNewsTest2008 } from "./align-dev/corpora";
import { evaluate, f1, recallOf, type Aligner, type Counts, type Evaluation } from "./align-dev/evaluate";
import { galeChurch } from "./align-dev/gale-church";
import { loadDevSet, NEWS_TEST_REPORT_ARTICLES } from "./align-dev/load-dev-set";
import { FREEDICT_DIR, readFreedict } from "../lib/align/lexicon/freedict";
import { lexiconFor } from "../lib/align/lexicon/dictionary";
import { learnLexicon, toLexicon, type Lexicon } from "../lib/align/lexicon/learn";
import { cutCase, longCase, syntheticDocs } from "./align-dev/long-cases";
import { scoreLinks } from "./align-dev/score-links";
import type { Benchmark } from "./run";

const ROOT = path.join(__dirname, "..");
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (x: number) => x.toFixed(3);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");

/**
 * The lexicon the commands align a text of this size with (lib/align/lexicon/dictionary.ts):
 * a library's learned one (none for the file command), then the core word list, then
 * FreeDict's dictionary when given; no word list past DICTIONARY_MAX_PARAGRAPHS or on
 * text whose content recurs.
 */
const commandLexicon = (c: DevCase, learned: Lexicon = new Map(), dictionary: Lexicon | null = null) => lexiconFor(learned, c.fr, c.en, dictionary);
/** The aligner as the file command runs it where FreeDict is not installed: the figures must not depend on what this machine has. */
export const ours: Aligner = (c) => alignParagraphs({ fr: c.fr, en: c.en, glossary: c.glossary, lexicon: commandLexicon(c) });
/** Without any word list: names, numbers, quotes, look-alike words and length only. */
const bare: Aligner = (c) => alignParagraphs({ fr: c.fr, en: c.en, glossary: c.glossary });
export const baseline: Aligner = (c) => galeChurch(c.fr.map((p) => p.text.length), c.en.map((p) => p.text.length));

function table<K>(title: string, a: Map<K, Counts>, b: Map<K, Counts>, label: (k: K) => string = String): void {
  console.log(`\n${title}\n${pad("", 28)}${pad("gold", 8)}${pad("aligner", 9)}Gale–Church`);
  for (const [key, counts] of a) console.log(`${pad(label(key), 28)}${pad(counts.gold, 8)}${pad(num(f1(counts)), 9)}${num(f1(b.get(key)!))}`);
}

function confidenceLines(title: string, ev: Evaluation): void {
  const c = ev.confidence;
  console.log(
    `${title}: ${c.links} links, ${c.wrong} wrong; wrong links scored under ${LOW_CONFIDENCE}: ${c.wrongLow}/${c.wrong} = ${pct(c.wrongLow, c.wrong)} (target >= 80%); ` +
      `links scored >= 0.9 that are wrong: ${c.highWrong}/${c.high} = ${pct(c.highWrong, c.high)} (target < 1%); ` +
      `links flagged (under ${LOW_CONFIDENCE}): ${c.low} = ${pct(c.low, c.links)} of all, ${pct(c.low - c.wrongLow, c.low)} of them right`,
  );
}

function accuracy(): void {
  const report = loadDevSet("report");
  const fit = loadDevSet("fit");
  console.log("Dev set (fit and report halves are disjoint; only the report half gives results):");
  for (const line of [...fit.sources, ...report.sources]) console.log(`  ${line}`);
  for (const line of new Set([...fit.skipped, ...report.skipped])) console.log(`  skipped: ${line}`);
  console.log("hunalign: not installed (Debian has no package for it); the baseline is Gale–Church with the paper's constants.");
  console.log("Strict link F1: a link counts only with exactly the same French and English paragraphs; one-sided links included.");

  const cases = report.cases;
  const a = evaluate(cases, ours);
  const b = evaluate(cases, baseline);
  console.log(`\nREPORT cases: ${cases.length}, ${a.all.gold} gold links. Strict F1 ${num(f1(a.all))} (target >= 0.95), Gale–Church ${num(f1(b.all))}`);
  const noSwaps = cases.filter((c) => c.type !== "swaps");
  console.log(
    `Without the swaps cases (their gold links cross, which Gale–Church cannot give): strict F1 ${num(f1(evaluate(noSwaps, ours).all))}, ` +
      `Gale–Church ${num(f1(evaluate(noSwaps, baseline).all))}`,
  );
  table("By genre", a.byGenre, b.byGenre);
  table("By case type (how the English was edited)", a.byType, b.byType);
  const seeds = [...a.bySeed.values()].map(f1);
  table("By seed (generated cases only)", a.bySeed, b.bySeed, (s) => `seed ${s}`);
  if (seeds.length) console.log(`spread over seeds: min ${num(Math.min(...seeds))}, max ${num(Math.max(...seeds))}`);

  console.log(`\nRecall by gold link type (report cases)\n${pad("", 36)}${pad("gold", 8)}${pad("aligner", 9)}Gale–Church`);
  for (const [cls, r] of a.recall) console.log(`${pad(cls, 36)}${pad(r.gold, 8)}${pad(num(r.found / r.gold), 9)}${num(b.recall.get(cls)!.found / r.gold)}`);
  console.log("(targets: one-sided >= 0.9, beyond 2-1 >= 0.85; swapped links cross: the aligner links neighbours crosswise, and flags what it cannot link)");
  // The news cases alone: the genre the targets are set on, and the one where recall is lowest.
  const newsCases = cases.filter((c) => c.genre === "news-test2008");
  if (newsCases.length) {
    const n = evaluate(newsCases, ours);
    console.log(`news-test2008 cases only: ${[...n.recall].map(([cls, r]) => `${cls} ${num(r.found / r.gold)}`).join("; ")}`);
  }
  console.log(`Swapped pairs: ${a.swaps.pairs}; linked right ${a.swaps.right}, every wrong link touching them flagged ${a.swaps.flagged}, neither ${a.swaps.pairs - a.swaps.right - a.swaps.flagged}`);

  console.log("\nConfidence");
  confidenceLines("  out-of-distribution report cases", evaluate(cases.filter((c) => c.ood), ours));
  confidenceLines("  all report cases", a);

  const below = cases.filter((c) => f1(a.byCase.get(c)!) < f1(b.byCase.get(c)!));
  console.log(`\nReport cases where the aligner scores below Gale–Church: ${below.length} of ${cases.length}`);
  for (const c of below.slice(0, 10)) console.log(`  ${pad(c.name, 56)}${num(f1(a.byCase.get(c)!))} < ${num(f1(b.byCase.get(c)!))}`);
  const worst = [...cases].sort((x, y) => f1(a.byCase.get(x)!) - f1(a.byCase.get(y)!)).slice(0, 8);
  console.log("Lowest report cases:");
  for (const c of worst) console.log(`  ${pad(c.name, 56)}${pad(num(f1(a.byCase.get(c)!)), 8)}Gale–Church ${num(f1(b.byCase.get(c)!))}`);

  const hand = cases.filter((c) => !c.seed);
  console.log("\nHand-written report cases");
  for (const c of hand) console.log(`  ${pad(`${c.name} (${c.genre})`, 56)}${pad(num(f1(a.byCase.get(c)!)), 8)}Gale–Church ${num(f1(b.byCase.get(c)!))}`);

  variantLines("Without the core word list (names, numbers, quotes, look-alike words and length only):", cases, bare, a, b);

  // A library's lexicon, as refreshLexicon would learn it from aligned pairs: here from the
  // sentence pairs of the fit half of news-test2008 (never from report text).
  const news = readNewsTest2008();
  if (news) {
    const pairs = news.slice(NEWS_TEST_REPORT_ARTICLES).flatMap((d) => d.sentences.map((s) => ({ ...s, weight: 1 })));
    const entries = learnLexicon(pairs);
    const lexicon = toLexicon(entries);
    variantLines(
      `With a lexicon learned from ${pairs.length} aligned sentence pairs of the fit half (${entries.length} entries) before the core word list, as in a library:`,
      cases,
      (c) => alignParagraphs({ fr: c.fr, en: c.en, glossary: c.glossary, lexicon: commandLexicon(c, lexicon) }),
      a,
      b,
    );
  }

  const dictionary = readFreedict(FREEDICT_DIR);
  if (dictionary) {
    variantLines(
      `With FreeDict's French–English dictionary (${dictionary.size} French stems) after the core word list, as the commands use it when installed:`,
      cases,
      (c) => alignParagraphs({ fr: c.fr, en: c.en, glossary: c.glossary, lexicon: commandLexicon(c, new Map(), dictionary) }),
      a,
      b,
    );
  } else console.log(`\nWith FreeDict's dictionary: skipped (${FREEDICT_DIR}/freedict-fra-eng.dict.dz absent; apt-get install dict-freedict-fra-eng)`);

  const fa = evaluate(fit.cases, ours);
  console.log(`\nFIT cases (what the constants were tuned on; not a result): ${fit.cases.length} cases, strict F1 ${num(f1(fa.all))}`);
}

/** The report half again, aligned another way, against the figures above (`without`). */
function variantLines(title: string, cases: readonly DevCase[], align: Aligner, without: Evaluation, galeChurchRun: Evaluation): void {
  const d = evaluate(cases, align);
  console.log(`\n${title}`);
  console.log(`  report strict F1 ${num(f1(d.all))} (above: ${num(f1(without.all))})`);
  for (const [genre, counts] of d.byGenre) console.log(`  ${pad(genre, 26)}${num(f1(counts))} (above: ${num(f1(without.byGenre.get(genre)!))})`);
  for (const [type, counts] of d.byType) if (!d.byGenre.has(type)) console.log(`  ${pad(type, 26)}${num(f1(counts))} (above: ${num(f1(without.byType.get(type)!))})`);
  for (const [cls, r] of d.recall) console.log(`  recall ${pad(cls, 36)}${num(r.found / r.gold)} (above: ${num(recallOf(without, cls))})`);
  console.log(`  swapped pairs: linked right ${d.swaps.right}, flagged ${d.swaps.flagged}, neither ${d.swaps.pairs - d.swaps.right - d.swaps.flagged} (of ${d.swaps.pairs})`);
  confidenceLines("  out-of-distribution report cases", evaluate(cases.filter((c) => c.ood), align));
  confidenceLines("  all report cases", d);
  const below = cases.filter((c) => f1(d.byCase.get(c)!) < f1(galeChurchRun.byCase.get(c)!));
  console.log(`  report cases below Gale–Church: ${below.length} of ${cases.length}`);
}

/**
 * Quality on long texts: each text aligned whole, against the same text cut into pieces
 * of about 1,000 paragraphs aligned one by one (the same kind of text at 1,000).
 */
function longTexts(): void {
  const news = readNewsTest2008();
  const docs = news ?? syntheticDocs(80);
  console.log(
    `\nLong texts (${news ? "news-test2008 articles" : "made-up documents (news-test2008 absent)"} one after another, each restructured as above; strict F1 ` +
      "of the text aligned whole, and of the same text aligned in pieces of about 1,000 paragraphs; target: within 0.01)",
  );
  const kinds: [string, { dispatch: boolean; distinct?: number }][] = [
    ["with dispatch lines", { dispatch: true }],
    ["no dispatch lines (few unique tokens)", { dispatch: false }],
    ["6 articles recurring, no dispatch lines", { dispatch: false, distinct: 6 }],
  ];
  console.log(`${pad("", 42)}${pad("paragraphs", 18)}${pad("whole", 8)}${pad("in 1k pieces", 14)}difference`);
  for (const [label, options] of kinds) {
    for (const size of [10_000, 50_000]) {
      wholeAndPieces(label, longCase(docs, size, options));
    }
  }
  // One seed says little about recurring content: which copy a stretch goes with depends on
  // how each copy happened to be restructured.
  console.log("recurring content over seeds, 50,000 paragraphs:");
  for (const distinct of [6, 3]) {
    for (const seed of [2, 3, 4]) {
      wholeAndPieces(`${distinct} articles recurring, seed ${seed}`, longCase(docs, 50_000, { dispatch: false, distinct, seed }));
    }
  }
  // No token at all found once on each side: the band has nothing but lengths and the
  // blocks' path to go by.
  console.log("made-up documents recurring (words drawn at random, no unique token), 5,000 paragraphs:");
  for (const seed of [1, 2, 3]) wholeAndPieces(`3 documents recurring, seed ${seed}`, longCase(syntheticDocs(80), 5_000, { dispatch: false, distinct: 3, seed }));
}

/** One line: the long text aligned whole, and in pieces of about 1,000 paragraphs. */
function wholeAndPieces(label: string, c: DevCase): void {
  const whole = scoreLinks(c.gold, ours(c)).f1;
  const pieces = f1(evaluate(cutCase(c, 1_000), ours).all);
  console.log(`${pad(label, 42)}${pad(`${c.fr.length} x ${c.en.length}`, 18)}${pad(num(whole), 8)}${pad(num(pieces), 14)}${(whole - pieces).toFixed(3)}`);
}

interface SpeedResult {
  fr: number;
  en: number;
  wallMs: number;
  cpuMs: number;
  rssBeforeMb: number;
  peakRssMb: number;
  f1: number;
}

/** Runs in the child process: builds the long text, aligns it once (after a warm-up), prints the figures as JSON. */
function speedChild(size: number): void {
  const docs = readNewsTest2008() ?? syntheticDocs(80);
  const warmUp = longCase(docs, 1_000, { seed: 2 });
  alignParagraphs({ fr: warmUp.fr, en: warmUp.en });
  const c = longCase(docs, size);
  const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const links = alignParagraphs({ fr: c.fr, en: c.en });
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const result: SpeedResult = {
    fr: c.fr.length,
    en: c.en.length,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    rssBeforeMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    f1: scoreLinks(c.gold, links).f1,
  };
  process.stdout.write(JSON.stringify(result));
}

const SPEED_SIZES = [10_000, 100_000];

function timed(command: string, args: string[], env: Record<string, string> = {}): { ms: number; ok: boolean; err: string } {
  const start = performance.now();
  const child = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  const lines = (child.stderr || "").trim().split("\n");
  const reason = lines.find((l) => /exceeded|limit|timed out|P\d{4}/.test(l)) ?? lines.find((l) => /error/i.test(l)) ?? lines.pop() ?? "";
  return { ms: performance.now() - start, ok: child.status === 0, err: reason.trim() };
}

function speed(): void {
  console.log(`\nSpeed (${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)} at start; wall times move with the machine's load)`);
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  for (const size of SPEED_SIZES) {
    const child = spawnSync(tsx, [__filename, "--speed-child", String(size)], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      console.log(`  in-process, ${size} a side: failed: ${child.stderr.trim().split("\n").pop()}`);
      continue;
    }
    const r = JSON.parse(child.stdout) as SpeedResult;
    console.log(
      `  alignParagraphs() in-process, ${r.fr} x ${r.en}: ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, ` +
        `peak RSS ${r.peakRssMb.toFixed(0)} MB (${r.rssBeforeMb.toFixed(0)} MB before aligning), strict F1 ${num(r.f1)}`,
    );
  }
  // The real commands, as a user types them, start-up included.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-align-bench-"));
  try {
    const docs = readNewsTest2008() ?? syntheticDocs(80);
    const c = longCase(docs, 10_000);
    const frFile = path.join(dir, "long.fr.txt");
    const enFile = path.join(dir, "long.en.txt");
    fs.writeFileSync(frFile, c.fr.map((p) => p.text).join("\n"));
    fs.writeFileSync(enFile, c.en.map((p) => p.text).join("\n"));
    // Once untimed: the first run after a source change builds the bundle (scripts/run-bundled.mjs).
    timed("npm", ["run", "--silent", "align", "--", "--fr", frFile, "--en", enFile, "--json"]);
    const file = timed("npm", ["run", "--silent", "align", "--", "--fr", frFile, "--en", enFile, "--json"]);
    console.log(`  npm run --silent align -- --fr --en --json, ${c.fr.length} x ${c.en.length}: ${(file.ms / 1000).toFixed(2)} s wall (target < 1.5 s)${file.ok ? "" : ` FAILED: ${file.err}`}`);
    const url = `file:${path.join(dir, "bench.db")}`;
    const migrate = timed("npm", ["run", "--silent", "db:migrate"], { DATABASE_URL: url });
    if (!migrate.ok) {
      console.log(`  database commands skipped: migrations failed: ${migrate.err}`);
      return;
    }
    // Blank-line paragraphs: the importer then keeps one line per paragraph, as file mode does.
    const frDoc = path.join(dir, "long-doc.txt");
    const enDoc = path.join(dir, "long-doc.en.txt");
    fs.writeFileSync(frDoc, c.fr.map((p) => p.text).join("\n\n"));
    fs.writeFileSync(enDoc, c.en.map((p) => p.text).join("\n\n"));
    const imported = timed("npm", ["run", "--silent", "import", "--", frDoc, "--en", enDoc, "--slug", "long-doc"], { DATABASE_URL: url });
    console.log(`  npm run import -- FR --en EN (stores and aligns), same text: ${(imported.ms / 1000).toFixed(2)} s wall${imported.ok ? "" : ` FAILED: ${imported.err}`}`);
    const aligned = timed("npm", ["run", "--silent", "align", "--", "--doc", "long-doc"], { DATABASE_URL: url });
    console.log(`  npm run align -- --doc (re-aligns and rewrites the links), same text: ${(aligned.ms / 1000).toFixed(2)} s wall${aligned.ok ? "" : ` FAILED: ${aligned.err}`}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`  load average ${os.loadavg()[0].toFixed(1)} at end`);
}

const benchmark: Benchmark = {
  async run() {
    accuracy();
    longTexts();
    speed();
  },
};
export default benchmark;

if (require.main === module && process.argv[2] === "--speed-child") speedChild(Number(process.argv[3]));
if (require.main === module && process.argv[2] === "--accuracy") accuracy();
if (require.main === module && process.argv[2] === "--long") longTexts();
if (require.main === module && process.argv[2] === "--speed") speed();
