// `npx tsx bench/align-fit.ts`: refits the aligner's scoring constants on the fit half of
// the dev set only (bench/align-dev/load-dev-set.ts: tests/fixtures/align/fit and
// news-test2008 articles 41 and later, restructured), starting from FIT_START, then the
// lexicon weight (fitLexiconWeight), and prints them as JSON. The result is DEFAULT_PARAMS of lib/align/cost-model.ts exactly: the
// search is deterministic, and a test of the shipped constants says so when they drift.
// Takes several minutes; not a benchmark. Needs ../shared/data/news-test2008.
import { isDeepStrictEqual } from "node:util";
import { DEFAULT_PARAMS } from "../lib/align/cost-model";
import { learnLexicon, toLexicon } from "../lib/align/lexicon/learn";
import { readNewsTest2008 } from "./align-dev/corpora";
import { FIT_ROUNDS, FIT_START, fitLexiconWeight, fitParams } from "./align-dev/fit-params";
import { LEXICON_SOURCE_ARTICLES, loadDevSet } from "./align-dev/load-dev-set";

const { cases, skipped, sources } = loadDevSet("fit");
if (skipped.length) {
  console.error(`error: ${skipped.join("; ")}`);
  process.exit(1);
}
for (const line of sources) console.error(line);
const fitted = fitParams(cases, FIT_START, FIT_ROUNDS, (line) => console.error(line));

// The lexicon weight: a lexicon learned from the sentence pairs of some fit articles,
// tried on the fit cases of the others (and on the hand-written ones).
const news = readNewsTest2008()!;
const [from, to] = LEXICON_SOURCE_ARTICLES;
const lexicon = toLexicon(learnLexicon(news.slice(from - 1, to).flatMap((d) => d.sentences.map((s) => ({ ...s, weight: 1 })))));
const unseen = cases.filter((c) => {
  const article = /^news-test2008#(\d+)\//.exec(c.name);
  return !article || Number(article[1]) > to;
});
console.error(`lexicon from news-test2008 articles ${from}-${to}, weight tried on ${unseen.length} fit cases from other text`);
fitted.evidence.l = fitLexiconWeight(unseen, lexicon, fitted, (line) => console.error(line));
console.log(JSON.stringify(fitted, null, 2));
const same = isDeepStrictEqual(fitted, DEFAULT_PARAMS);
console.error(same ? "= DEFAULT_PARAMS (lib/align/cost-model.ts): reproduced exactly" : "differs from DEFAULT_PARAMS (lib/align/cost-model.ts)");
