// The sentence splitter (lib/text/sentences.ts): speed in sentences per second, and, on
// real news text, how well it finds the sentence ends, next to Intl.Segmenter alone.
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
  },
};

export default benchmark;
