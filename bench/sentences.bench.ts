// The sentence splitter (lib/text/sentences.ts): speed in sentences per second, and, on
// real news text, how well it finds the sentence ends, next to Intl.Segmenter alone.
// Then sentence alignment inside links (lib/align/sentences): accuracy on links built
// from line-aligned corpora (bench/align-dev/sentence-cases.ts), next to Gale–Church on
// sentence lengths, and the time it takes for a 1,000-paragraph document, in-process and
// through the database (computed and stored, then read back).
//
// Quality: ../shared/data/news-test2008 has one sentence a line; lines are joined four at a
// time into paragraphs, and each line end is a sentence end to find. Lines that hold two
// sentences and headlines without a full stop make the figures a floor, not an exact
// score; what matters is the difference with the segmenter alone. Skipped when the folder
// is absent (it is never copied into the repository).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { splitSentences, type SentenceLang } from "../lib/text/sentences";
import { alignLinkSentences } from "../lib/align/sentences/align-link-sentences";
import { sentenceLinksFor, storeDocumentSentences } from "../lib/align/sentences/sentence-store";
import { alignDocument } from "../lib/align/align-document";
import { LOW_CONFIDENCE } from "../lib/align/confidence";
import { importContent } from "../lib/import/import-file";
import { createTempDb } from "../tests/helpers/temp-db";
import { readNewsDiscuss2015, readNewsTest2008, readTico19, type SourceDoc } from "./align-dev/corpora";
import { galeChurch } from "./align-dev/gale-church";
import { NEWS_TEST_REPORT_ARTICLES, REPORT_SEEDS } from "./align-dev/load-dev-set";
import { longCase } from "./align-dev/long-cases";
import { isGoldLink, scoreLinks } from "./align-dev/score-links";
import { SENTENCE_EDITS, sentenceCases, type SentenceCase } from "./align-dev/sentence-cases";
import type { Benchmark } from "./run";

const ROOT = path.join(__dirname, "..");
const NEWS = path.join(ROOT, "..", "shared", "data", "news-test2008");
const LINES_PER_PARAGRAPH = 4;
/** Paragraphs split in the speed run (the sample corpus's, over and over). */
const SPEED_PARAGRAPHS = 20_000;

/** The sample corpus's paragraphs in one language (the files ship with the repository). */
function corpusParagraphs(lang: SentenceLang): string[] {
  const dir = path.join(ROOT, "prisma", "corpus");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(`.${lang}.txt`))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter(Boolean);
}

function speed(lang: SentenceLang): void {
  const paragraphs = corpusParagraphs(lang);
  for (let i = 0; i < 200; i++) splitSentences(paragraphs[i % paragraphs.length], lang); // warm-up
  let sentences = 0;
  let chars = 0;
  const start = performance.now();
  for (let i = 0; i < SPEED_PARAGRAPHS; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    sentences += splitSentences(paragraph, lang).length;
    chars += paragraph.length;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `  ${lang}: ${SPEED_PARAGRAPHS.toLocaleString("en")} paragraphs, ${sentences.toLocaleString("en")} sentences in ${seconds.toFixed(2)} s: ` +
      `${Math.round(sentences / seconds).toLocaleString("en")} sentences/s, ${(chars / seconds / 1e6).toFixed(1)} M characters/s`,
  );
}

interface Score {
  gold: number;
  found: number;
  right: number;
}

const ratio = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "–");

function quality(lang: SentenceLang): void {
  const lines = fs
    .readFileSync(path.join(NEWS, `news-test2008.${lang}`), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  const ours: Score = { gold: 0, found: 0, right: 0 };
  const icu: Score = { gold: 0, found: 0, right: 0 };
  for (let i = 0; i + LINES_PER_PARAGRAPH <= lines.length; i += LINES_PER_PARAGRAPH) {
    const group = lines.slice(i, i + LINES_PER_PARAGRAPH);
    const text = group.join(" ");
    const gold = new Set<number>();
    let at = 0;
    for (const line of group.slice(0, -1)) gold.add((at += line.length + 1));
    const score = (score: Score, starts: number[]) => {
      score.gold += gold.size;
      score.found += starts.length;
      score.right += starts.filter((s) => gold.has(s)).length;
    };
    score(ours, splitSentences(text, lang).slice(1).map((s) => s.start));
    score(icu, [...segmenter.segment(text)].slice(1).map((s) => s.index));
  }
  for (const [name, s] of [["splitSentences", ours], ["Intl.Segmenter alone", icu]] as const) {
    console.log(
      `  ${lang} ${name.padEnd(20)} line ends found ${ratio(s.right, s.gold)}% (${s.right}/${s.gold}), cuts at a line end ${ratio(s.right, s.found)}% (${s.right}/${s.found})`,
    );
  }
}

interface Tally {
  correct: number;
  gold: number;
  test: number;
  /** Sentences (both sides) whose pairing is exactly the gold one: what a reader hovering them sees right. */
  sentencesRight: number;
  sentences: number;
}

const tally = (): Tally => ({ correct: 0, gold: 0, test: 0, sentencesRight: 0, sentences: 0 });
const f1 = (t: Tally) => (t.gold + t.test ? (2 * t.correct) / (t.gold + t.test) : 1);

function count(t: Tally, gold: SentenceCase["gold"], pairs: { fr: number[]; en: number[] }[]): void {
  const s = scoreLinks(gold, pairs);
  t.correct += s.correct;
  t.gold += s.gold;
  t.test += s.test;
  const right = isGoldLink(gold);
  for (const p of pairs) {
    const size = p.fr.length + p.en.length;
    t.sentences += size;
    if (right(p)) t.sentencesRight += size;
  }
}

/** The report half's documents (the aligner's constants were fitted on news-test2008 articles 41 and later). */
function reportDocuments(): SourceDoc[] | null {
  const news = readNewsTest2008();
  if (!news) return null;
  return [...news.slice(0, NEWS_TEST_REPORT_ARTICLES), ...(readNewsDiscuss2015() ?? []), ...(readTico19() ?? [])];
}

function sentenceAlignment(docs: SourceDoc[]): void {
  const cases = docs.flatMap((doc, k) => REPORT_SEEDS.flatMap((seed) => sentenceCases(doc, seed, docs[(k + 7) % docs.length].sentences.map((x) => x.en))));
  const ours = { all: tally(), several: tally(), byEdit: new Map<string, Tally>(), byGenre: new Map<string, Tally>() };
  const baseline = { all: tally(), several: tally() };
  const confidence = { wrong: 0, wrongLow: 0, high: 0, highWrong: 0 };
  for (const c of cases) {
    const aligned = alignLinkSentences(c.fr, c.en);
    const gc = galeChurch(
      aligned.fr.map((x) => x.end - x.start),
      aligned.en.map((x) => x.end - x.start),
    );
    const several = aligned.fr.length > 1 || aligned.en.length > 1;
    for (const t of [ours.all, ...(several ? [ours.several] : [])]) count(t, c.gold, aligned.pairs);
    for (const t of [baseline.all, ...(several ? [baseline.several] : [])]) count(t, c.gold, gc);
    const bucket = (map: Map<string, Tally>, key: string) => map.get(key) ?? map.set(key, tally()).get(key)!;
    count(bucket(ours.byEdit, c.edit), c.gold, aligned.pairs);
    count(bucket(ours.byGenre, c.genre), c.gold, aligned.pairs);
    const right = isGoldLink(c.gold);
    for (const p of aligned.pairs) {
      const wrong = !right(p);
      if (wrong) confidence.wrong++;
      if (wrong && p.score < LOW_CONFIDENCE) confidence.wrongLow++;
      if (p.score >= 0.9) {
        confidence.high++;
        if (wrong) confidence.highWrong++;
      }
    }
  }
  const line = (label: string, t: Tally, b?: Tally) =>
    console.log(
      `  ${label.padEnd(34)}${String(t.gold).padEnd(8)}strict F1 ${f1(t).toFixed(3)}${b ? ` (Gale–Church ${f1(b).toFixed(3)})` : ""}, ` +
        `sentences paired right ${ratio(t.sentencesRight, t.sentences)}%${b ? ` (${ratio(b.sentencesRight, b.sentences)}%)` : ""}`,
    );
  console.log(`sentence alignment inside links (${cases.length} links from the report half's documents, seeds ${REPORT_SEEDS.join(", ")}; gold pairs, strict F1 as for paragraphs):`);
  line("all links", ours.all, baseline.all);
  line("links with several sentences", ours.several, baseline.several);
  for (const edit of SENTENCE_EDITS) if (ours.byEdit.has(edit)) line(`edit: ${edit}`, ours.byEdit.get(edit)!);
  for (const [genre, t] of ours.byGenre) line(genre, t);
  console.log(
    `  confidence: wrong pairs scored under ${LOW_CONFIDENCE}: ${ratio(confidence.wrongLow, confidence.wrong)}% (${confidence.wrongLow}/${confidence.wrong}); ` +
      `pairs scored >= 0.9 that are wrong: ${ratio(confidence.highWrong, confidence.high)}% (${confidence.highWrong}/${confidence.high})`,
  );
}

/** A 1,000-paragraph document's sentence pairings: in-process, then through a fresh database (computed and stored, then read). */
async function sentenceTiming(docs: SourceDoc[]): Promise<void> {
  const c = longCase(docs, 1_000);
  const links = c.gold.filter((l) => l.fr.length && l.en.length);
  const fr = c.fr.map((p) => p.text);
  const en = c.en.map((p) => p.text);
  for (const l of links.slice(0, 50)) alignLinkSentences(l.fr.map((i) => fr[i]), l.en.map((j) => en[j])); // warm-up
  let start = performance.now();
  let sentences = 0;
  for (const l of links) {
    const a = alignLinkSentences(l.fr.map((i) => fr[i]), l.en.map((j) => en[j]));
    sentences += a.fr.length + a.en.length;
  }
  console.log(
    `time, ${c.fr.length} x ${c.en.length} paragraphs (${links.length} two-sided links, ${sentences} sentences): alignLinkSentences in-process ${(performance.now() - start).toFixed(0)} ms`,
  );
  const temp = await createTempDb();
  try {
    await importContent(temp.db, { name: "long.txt", text: fr.join("\n\n") }, { slug: "long", en: { name: "long.en.txt", text: en.join("\n\n") } });
    await alignDocument(temp.db, "long");
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "long" } });
    const ids = (await temp.db.alignmentLink.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" }, select: { id: true } })).map((l) => l.id);
    start = performance.now();
    await storeDocumentSentences(temp.db, doc.id);
    const stored = performance.now() - start;
    start = performance.now();
    await sentenceLinksFor(temp.db, ids);
    const read = performance.now() - start;
    const window = ids.slice(0, 200);
    await temp.db.sentenceAlignment.deleteMany({ where: { linkId: { in: window } } });
    start = performance.now();
    await sentenceLinksFor(temp.db, window, { store: false });
    const windowCold = performance.now() - start;
    start = performance.now();
    await sentenceLinksFor(temp.db, ids.slice(200, 400));
    const windowWarm = performance.now() - start;
    console.log(
      `  through the database (${temp.provider}, ${ids.length} links): computed and stored for the whole document ${stored.toFixed(0)} ms; ` +
        `read back whole ${read.toFixed(0)} ms; a reader window of 200 links: ${windowCold.toFixed(0)} ms computed, ${windowWarm.toFixed(0)} ms stored`,
    );
  } finally {
    await temp.close();
  }
}

const benchmark: Benchmark = {
  async run() {
    console.log(`speed (sample corpus paragraphs; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs):`);
    speed("fr");
    speed("en");
    if (!fs.existsSync(NEWS)) {
      console.log(`quality: skipped, ${NEWS} is absent`);
      return;
    }
    console.log(`quality (news-test2008, ${LINES_PER_PARAGRAPH} lines a paragraph):`);
    quality("fr");
    quality("en");
    const docs = reportDocuments();
    if (!docs) return;
    sentenceAlignment(docs);
    await sentenceTiming(docs);
  },
};

export default benchmark;
