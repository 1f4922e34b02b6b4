// The aligner's dev set, in two disjoint halves named in every output:
// - fit: what bench/align-fit.ts tunes the constants on; never reported as a result;
// - report: what `npm run bench -- align` reports; the fit never sees it.
import path from "node:path";
import { readGlossaryFile } from "../../lib/glossary/load-terms";
import { SAMPLE_CORPUS_DIR } from "../../lib/corpus/sample-corpus";
import type { DevCase, Split } from "./dev-case";
import { readGoldFolder, readSampleCorpusCases } from "./gold-file";
import { readNewsDiscuss2015, readNewsTest2008, readTico19, TICO19_EXCLUDED, type SourceDoc } from "./corpora";
import { longCase } from "./long-cases";
import { PROFILES, restructure } from "./restructure";

export const FIXTURES_DIR = path.join(__dirname, "..", "..", "tests", "fixtures", "align");

/** news-test2008 articles 1-40 are reported, 41 and later fitted on. */
export const NEWS_TEST_REPORT_ARTICLES = 40;
export const FIT_SEEDS = [77, 78, 79];
/** The fit's long text: about this many French paragraphs of a few articles over and over. */
const FIT_LONG_PARAGRAPHS = 1_500;
const FIT_LONG_DISTINCT = 6;
export const REPORT_SEEDS = [1, 2, 3];

export interface DevSet {
  cases: DevCase[];
  /** Sources left out because ../shared/data is absent. */
  skipped: string[];
  /** One line per source: what it is and which half it belongs to. */
  sources: string[];
}

interface Options {
  /** Generated cases from ../shared/data (default true). Tests pass false: they never read ../shared. */
  shared?: boolean;
  seeds?: number[];
}

function generated(docs: SourceDoc[], split: Split, ood: boolean, seeds: number[]): DevCase[] {
  const cases: DevCase[] = [];
  docs.forEach((doc, k) => {
    // Paragraphs the English adds come from another document of the same half.
    const filler = docs[(k + 7) % docs.length].sentences.map((s) => s.en);
    for (const seed of seeds) for (const profile of PROFILES) cases.push(restructure(doc, { profile, seed, split, ood, filler }));
  });
  return cases;
}

export function loadDevSet(split: Split, options: Options = {}): DevSet {
  const { shared = true } = options;
  const seeds = options.seeds ?? (split === "fit" ? FIT_SEEDS : REPORT_SEEDS);
  const skipped: string[] = [];
  const sources: string[] = [];
  const cases: DevCase[] = [];
  if (split === "fit") {
    cases.push(...readGoldFolder(path.join(FIXTURES_DIR, "fit"), "fit", false));
    sources.push("fit: tests/fixtures/align/fit (hand-written wire stories)");
  } else {
    cases.push(...readGoldFolder(path.join(FIXTURES_DIR, "report"), "report", true));
    cases.push(
      ...readSampleCorpusCases(SAMPLE_CORPUS_DIR, path.join(FIXTURES_DIR, "sample-corpus.gold.json"), readGlossaryFile(path.join(SAMPLE_CORPUS_DIR, "glossary.json"))),
    );
    sources.push("report: tests/fixtures/align/report (hand-written: live blog, briefs, interview, results, press review, feature; out of distribution)");
    sources.push("report: the sample corpus (prisma/corpus)");
  }
  if (!shared) return { cases, skipped, sources };

  const news = readNewsTest2008();
  if (!news) skipped.push("../shared/data/news-test2008 not found: its cases skipped");
  else if (split === "fit") {
    const articles = news.slice(NEWS_TEST_REPORT_ARTICLES);
    cases.push(...generated(articles, "fit", false, seeds));
    sources.push(`fit: news-test2008 articles ${NEWS_TEST_REPORT_ARTICLES + 1}-${news.length}, restructured (${PROFILES.join(", ")}), seeds ${seeds.join(", ")}`);
    // A long text, so that the constants also hold where the text's other articles surround every paragraph.
    const long = longCase(articles, FIT_LONG_PARAGRAPHS, { seed: seeds[0], dispatch: false, distinct: FIT_LONG_DISTINCT, split: "fit" });
    cases.push(long);
    sources.push(`fit: ${long.name}, from ${FIT_LONG_DISTINCT} of those articles recurring (restructured mild, heavy, omissions in turn)`);
  } else {
    cases.push(...generated(news.slice(0, NEWS_TEST_REPORT_ARTICLES), "report", false, seeds));
    sources.push(`report: news-test2008 articles 1-${NEWS_TEST_REPORT_ARTICLES}, restructured (${PROFILES.join(", ")}), seeds ${seeds.join(", ")}`);
  }
  if (split === "report") {
    for (const [name, read] of [["newsdiscuss2015", readNewsDiscuss2015], ["tico19", readTico19]] as const) {
      const docs = read();
      if (!docs) {
        skipped.push(`../shared/data/${name} not found: its cases skipped`);
        continue;
      }
      cases.push(...generated(docs, "report", true, seeds));
      const excluded = name === "tico19" && TICO19_EXCLUDED.length ? ` (left out, French and English lines out of step: ${TICO19_EXCLUDED.join(", ")})` : "";
      sources.push(`report: ${name}, ${docs.length} documents, restructured likewise (out of distribution)${excluded}`);
    }
  }
  return { cases, skipped, sources };
}
