// `npm run bench -- align`: the paragraph aligner's accuracy on the dev set, next to a
// Gale–Church (1993) length-only baseline run on the same cases, the error rates of its
// confident and unconfident links, and its speed and peak memory on long texts. Each
// speed run happens in a child process of its own, so that peak RSS is that run's.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { alignParagraphs } from "../lib/align/align";
import type { DevCase } from "../lib/align/dev-set/dev-case";
import { loadDevSet } from "../lib/align/dev-set/load-dev-set";
import { longCase, readNewsArticles, syntheticArticles } from "../lib/align/dev-set/news-cases";
import { galeChurch } from "../lib/align/gale-church";
import { isGoldLink, scoreLinks } from "../lib/align/score-links";
import type { Benchmark } from "./run";

const SPEED_SIZES = [10_000, 100_000];
const SPEED_TARGET_S: Record<number, number> = { 10_000: 1, 100_000: 15 };

interface Tally {
  cases: number;
  gold: number;
  correct: number;
  test: number;
  baselineCorrect: number;
  baselineTest: number;
}

const f1 = (correct: number, gold: number, test: number) => (gold + test ? (2 * correct) / (gold + test) : 1);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (x: number) => x.toFixed(3);

function accuracy(): void {
  const { cases, skipped } = loadDevSet();
  const hand = cases.filter((c) => !c.name.startsWith("news-test2008"));
  console.log(
    `Dev set: ${hand.length} hand-checked cases (tests/fixtures/align, sample corpus), ` +
      `${cases.length - hand.length} cases cut from news-test2008 articles 1-40, read in place from ../shared/data/news-test2008`,
  );
  if (skipped) console.log(skipped);
  console.log("Strict link F1 (a link counts only with exactly the same French and English paragraphs; one-sided links included)\n");
  console.log(`${pad("case", 44)}${pad("type", 18)}${pad("gold", 6)}${pad("aligner", 9)}baseline`);
  const byType = new Map<string, Tally>();
  const total: Tally = { cases: 0, gold: 0, correct: 0, test: 0, baselineCorrect: 0, baselineTest: 0 };
  const confidence = { low: 0, lowWrong: 0, high: 0, highWrong: 0, all: 0, wrong: 0 };
  for (const c of cases) {
    const links = alignParagraphs({ fr: c.fr, en: c.en, glossary: c.glossary });
    const baseline = galeChurch(lengths(c, "fr"), lengths(c, "en"));
    const s = scoreLinks(c.gold, links);
    const b = scoreLinks(c.gold, baseline);
    console.log(`${pad(c.name, 44)}${pad(c.type, 18)}${pad(c.gold.length, 6)}${pad(num(s.f1), 9)}${num(b.f1)}`);
    for (const t of [total, byType.get(c.type) ?? byType.set(c.type, { cases: 0, gold: 0, correct: 0, test: 0, baselineCorrect: 0, baselineTest: 0 }).get(c.type)!]) {
      t.cases++;
      t.gold += s.gold;
      t.correct += s.correct;
      t.test += s.test;
      t.baselineCorrect += b.correct;
      t.baselineTest += b.test;
    }
    const gold = isGoldLink(c.gold);
    for (const l of links) {
      const wrong = !gold(l);
      confidence.all++;
      if (wrong) confidence.wrong++;
      if (l.score < 0.5) {
        confidence.low++;
        if (wrong) confidence.lowWrong++;
      }
      if (l.score > 0.9) {
        confidence.high++;
        if (wrong) confidence.highWrong++;
      }
    }
  }
  console.log(`\nBy case type\n${pad("type", 20)}${pad("cases", 7)}${pad("gold", 7)}${pad("aligner", 9)}${pad("baseline", 10)}`);
  for (const [type, t] of byType) {
    const ours = f1(t.correct, t.gold, t.test);
    const base = f1(t.baselineCorrect, t.gold, t.baselineTest);
    console.log(`${pad(type, 20)}${pad(t.cases, 7)}${pad(t.gold, 7)}${pad(num(ours), 9)}${pad(num(base), 10)}${ours > base ? "above baseline" : "NOT above baseline"}`);
  }
  const ours = f1(total.correct, total.gold, total.test);
  console.log(`${pad("overall", 20)}${pad(total.cases, 7)}${pad(total.gold, 7)}${pad(num(ours), 9)}${pad(num(f1(total.baselineCorrect, total.gold, total.baselineTest)), 10)}target >= 0.97: ${ours >= 0.97 ? "met" : "NOT met"}`);
  const rate = (wrong: number, n: number) => `${wrong}/${n} wrong = ${n ? ((100 * wrong) / n).toFixed(1) : "-"}%`;
  console.log(`\nConfidence (aligner links on the whole dev set: ${rate(confidence.wrong, confidence.all)})`);
  console.log(`  score < 0.5: ${rate(confidence.lowWrong, confidence.low)}`);
  console.log(`  score > 0.9: ${rate(confidence.highWrong, confidence.high)}`);
}

const lengths = (c: DevCase, side: "fr" | "en") => c[side].map((p) => p.text.length);

interface SpeedResult {
  fr: number;
  en: number;
  wallMs: number;
  cpuMs: number;
  rssBeforeMb: number;
  peakRssMb: number;
  f1: number;
  source: string;
}

/** Runs in the child process: builds the long text, aligns it once (after a warm-up), prints the figures as JSON. */
function speedChild(size: number): void {
  const news = readNewsArticles();
  const articles = news ?? syntheticArticles(100);
  // Warm-up on a short text first, so that the figures measure the aligner, not V8's compiler.
  const warmUp = longCase(articles, 1_000, 2);
  alignParagraphs({ fr: warmUp.fr, en: warmUp.en });
  const c = longCase(articles, size);
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
    source: news ? "news-test2008 articles, cycled" : "made-up articles (news-test2008 absent)",
  };
  process.stdout.write(JSON.stringify(result));
}

function speed(): void {
  console.log(
    `\nSpeed (long texts of news-test2008 articles one after another, merged, split and dropped as above; one child process per size, ` +
      `after a 1,000-paragraph warm-up; ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)} at start)`,
  );
  const tsx = path.join(__dirname, "..", "node_modules", ".bin", "tsx");
  for (const size of SPEED_SIZES) {
    const child = spawnSync(tsx, [__filename, "--speed-child", String(size)], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      console.log(`  ${size} a side: failed: ${child.stderr.trim().split("\n").pop()}`);
      continue;
    }
    const r = JSON.parse(child.stdout) as SpeedResult;
    const seconds = r.wallMs / 1000;
    console.log(
      `  ${r.fr} x ${r.en} paragraphs (${r.source}): ${seconds.toFixed(2)} s wall (target < ${SPEED_TARGET_S[size]} s: ${seconds < SPEED_TARGET_S[size] ? "met" : "NOT met"}), ` +
        `${(r.cpuMs / 1000).toFixed(2)} s CPU, ${Math.round((r.fr + r.en) / seconds).toLocaleString("en")} paragraphs/s, ` +
        `peak RSS ${r.peakRssMb.toFixed(0)} MB (${r.rssBeforeMb.toFixed(0)} MB before aligning), strict F1 ${num(r.f1)}`,
    );
  }
  console.log(`  load average ${os.loadavg()[0].toFixed(1)} at end (other processes on the machine slow the wall times)`);
}

const benchmark: Benchmark = {
  async run() {
    accuracy();
    speed();
  },
};
export default benchmark;

if (require.main === module && process.argv[2] === "--speed-child") speedChild(Number(process.argv[3]));
