// `npx tsx bench/align-fit.ts`: refits the aligner's scoring constants on the fit half of
// the dev set only (bench/align-dev/load-dev-set.ts: tests/fixtures/align/fit and
// news-test2008 articles 41 and later, restructured), starting from FIT_START, then the
// lexicon's weight and mismatch share (fitLexicon), and prints them as JSON. The result is DEFAULT_PARAMS of lib/align/cost-model.ts exactly: the
// search is deterministic, and a test of the shipped constants says so when they drift.
// Takes several minutes; not a benchmark. Needs ../shared/data/news-test2008.
import { isDeepStrictEqual } from "node:util";
import { DEFAULT_PARAMS } from "../lib/align/cost-model";
import { learnLexicon, toLexicon, type Lexicon } from "../lib/align/lexicon/learn";
import { readNewsTest2008 } from "./align-dev/corpora";
import { FIT_ROUNDS, FIT_START, fitLexicon, fitParams } from "./align-dev/fit-params";
import { loadDevSet, NEWS_TEST_REPORT_ARTICLES } from "./align-dev/load-dev-set";

const { cases, skipped, sources } = loadDevSet("fit");
if (skipped.length) {
  console.error(`error: ${skipped.join("; ")}`);
  process.exit(1);
}
for (const line of sources) console.error(line);
const fitted = fitParams(cases, FIT_START, FIT_ROUNDS, (line) => console.error(line));

// The lexicon weight: each fit case aligned with a lexicon learned from the sentence
// pairs of the other fit articles (never its own), as a library would hold other texts.
const fitArticles = readNewsTest2008()!.slice(NEWS_TEST_REPORT_ARTICLES);
const lexicons = new Map<string, Lexicon>();
const lexiconFor = (c: (typeof cases)[number]): Lexicon => {
  const own = /^(news-test2008#\d+)\//.exec(c.name)?.[1] ?? "";
  if (!lexicons.has(own)) {
    const pairs = fitArticles.filter((d) => d.name !== own).flatMap((d) => d.sentences.map((s) => ({ ...s, weight: 1 })));
    lexicons.set(own, toLexicon(learnLexicon(pairs)));
  }
  return lexicons.get(own)!;
};
console.error(`lexicon weight: each case with a lexicon from the other ${fitArticles.length - 1} fit articles`);
// The long case holds several fit articles: no lexicon could leave all of them out.
const lexiconFit = fitLexicon(cases.filter((c) => c.type !== "long"), lexiconFor, fitted, (line) => console.error(line));
fitted.evidence.l = lexiconFit.weight;
fitted.lexiconMismatch = lexiconFit.mismatch;
console.log(JSON.stringify(fitted, null, 2));
const same = isDeepStrictEqual(fitted, DEFAULT_PARAMS);
console.error(same ? "= DEFAULT_PARAMS (lib/align/cost-model.ts): reproduced exactly" : "differs from DEFAULT_PARAMS (lib/align/cost-model.ts)");
