// `npx tsx bench/align-fit.ts`: refits the aligner's scoring constants on the fit half of
// the dev set only (bench/align-dev/load-dev-set.ts: tests/fixtures/align/fit, news-test2008
// articles 41 and later restructured, and a long text of those articles), starting from
// FIT_START, then the lexicon's weight and mismatch share (fitLexicon) and the confidence
// scales of texts aligned with FreeDict's dictionary (Debian's dict-freedict-fra-eng; left
// as shipped without it); then the same constants for sentences inside links, from the
// paragraph ones, on sentence cases of the same articles (bench/align-dev/sentence-cases.ts).
// Prints both as JSON. They are DEFAULT_PARAMS of lib/align/cost-model.ts and
// SENTENCE_PARAMS of lib/align/sentences/align-link-sentences.ts exactly: the search is
// deterministic, and the script says whether they still are.
// `--sentences` fits only the sentence constants, from DEFAULT_PARAMS.
// Takes a while (half an hour on a busy two-core machine); not a benchmark. Needs
// ../shared/data/news-test2008.
import { isDeepStrictEqual } from "node:util";
import { DEFAULT_PARAMS, type CostParams } from "../lib/align/cost-model";
import { FREEDICT_DIR, readFreedict } from "../lib/align/lexicon/freedict";
import { lexiconFor } from "../lib/align/lexicon/dictionary";
import { learnLexicon, toLexicon, type Lexicon } from "../lib/align/lexicon/learn";
import { coreLexicon } from "../lib/align/lexicon/word-list";
import { SENTENCE_PARAMS } from "../lib/align/sentences/align-link-sentences";
import { readNewsTest2008 } from "./align-dev/corpora";
import { calibrateConfidence, FIT_ROUNDS, FIT_START, fitLexicon, fitParams, WRONG_FLAGGED_WITH_LEXICON } from "./align-dev/fit-params";
import { FIT_SEEDS, loadDevSet, NEWS_TEST_REPORT_ARTICLES } from "./align-dev/load-dev-set";
import { sentenceDevCases } from "./align-dev/sentence-cases";

const log = (line: string) => console.error(line);
const news = readNewsTest2008();
if (!news) {
  console.error("error: ../shared/data/news-test2008 not found");
  process.exit(1);
}
const fitArticles = news.slice(NEWS_TEST_REPORT_ARTICLES);

function fitParagraphs(): CostParams {
  const { cases, skipped, sources } = loadDevSet("fit");
  if (skipped.length) {
    console.error(`error: ${skipped.join("; ")}`);
    process.exit(1);
  }
  for (const line of sources) log(line);
  const fitted = fitParams(cases, FIT_START, FIT_ROUNDS, log);
  // The lexicon weight: each fit case aligned as the commands align a new library's
  // texts (the core word list, unless the text's content recurs), and as a library's, with
  // a lexicon learned from the sentence pairs of the other fit articles (never its own)
  // before the core list.
  const asCommands = (c: (typeof cases)[number], learned: Lexicon, dictionary: Lexicon | null = null) => lexiconFor(learned, c.fr, c.en, dictionary);
  const learned = new Map<string, Lexicon>();
  const lexiconsFor = (c: (typeof cases)[number]): Lexicon[] => {
    // The long case holds several fit articles: no learned lexicon could leave all of them out.
    if (c.type === "long") return [asCommands(c, new Map())];
    const own = /^(news-test2008#\d+)\//.exec(c.name)?.[1] ?? "";
    if (!learned.has(own)) {
      const pairs = fitArticles.filter((d) => d.name !== own).flatMap((d) => d.sentences.map((s) => ({ ...s, weight: 1 })));
      learned.set(own, toLexicon(learnLexicon(pairs)));
    }
    return [asCommands(c, new Map()), asCommands(c, learned.get(own)!)];
  };
  log(`lexicon weight: each case as the commands align it, with the core word list, and with a lexicon from the other ${fitArticles.length - 1} fit articles before it`);
  const lexiconFit = fitLexicon(cases, lexiconsFor, fitted, log);
  fitted.evidence.l = lexiconFit.weight;
  fitted.lexiconMismatch = lexiconFit.mismatch;
  // The scales of texts with lexicon evidence: calibrated as the commands align a new
  // library's texts, with the core word list, alone and with the dictionary after it.
  const dictionary = readFreedict(FREEDICT_DIR);
  if (dictionary) {
    fitted.lexiconConfidenceScale = calibrateConfidence(cases, fitted, (c) => [asCommands(c, new Map()), asCommands(c, new Map(), dictionary)], WRONG_FLAGGED_WITH_LEXICON);
    log(`confidence scales with the core word list, alone and with FreeDict's dictionary: ${JSON.stringify(fitted.lexiconConfidenceScale)}`);
  } else {
    fitted.lexiconConfidenceScale = DEFAULT_PARAMS.lexiconConfidenceScale;
    log(`${FREEDICT_DIR}/freedict-fra-eng.dict.dz absent (apt-get install dict-freedict-fra-eng): the scales with a lexicon are left as shipped`);
  }
  return fitted;
}

/**
 * The sentence constants: the same search from the paragraph constants (without the
 * sentence-count term: every unit is one sentence), on links of the fit articles' lines
 * aligned with the core word list as the reader's sentences are, with no recall targets
 * (the F1 over sentence pairs is what a reader sees).
 */
function fitSentences(paragraphs: CostParams): CostParams {
  const cases = sentenceDevCases(fitArticles, FIT_SEEDS, "fit");
  log(`sentences: ${cases.length} links of news-test2008 articles ${NEWS_TEST_REPORT_ARTICLES + 1}-${news!.length}, seeds ${FIT_SEEDS.join(", ")}`);
  return fitParams(cases, { ...structuredClone(paragraphs), sentenceMismatch: 0 }, FIT_ROUNDS, log, [], coreLexicon());
}

const report = (name: string, fitted: CostParams, shipped: CostParams, where: string) => {
  console.log(JSON.stringify({ [name]: fitted }, null, 2));
  log(isDeepStrictEqual(fitted, shipped) ? `= ${name} (${where}): reproduced exactly` : `differs from ${name} (${where})`);
};

const onlySentences = process.argv.includes("--sentences");
const paragraphs = onlySentences ? DEFAULT_PARAMS : fitParagraphs();
if (!onlySentences) report("DEFAULT_PARAMS", paragraphs, DEFAULT_PARAMS, "lib/align/cost-model.ts");
report("SENTENCE_PARAMS", fitSentences(paragraphs), SENTENCE_PARAMS, "lib/align/sentences/align-link-sentences.ts");
