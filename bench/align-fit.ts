// `npx tsx bench/align-fit.ts [ROUNDS]`: refits the aligner's scoring constants
// (lib/align/dev-set/fit-params.ts) on the hand-written cases and on news-test2008
// articles 41 and later, which `npm run bench -- align` does not report, and prints them
// as JSON for lib/align/cost-model.ts. Takes a few minutes; not a benchmark.
import path from "node:path";
import { readGoldFolder } from "../lib/align/dev-set/gold-file";
import { fitParams } from "../lib/align/dev-set/fit-params";
import { newsCases, readNewsArticles } from "../lib/align/dev-set/news-cases";

const articles = readNewsArticles();
if (!articles) {
  console.error("error: ../shared/data/news-test2008 not found");
  process.exit(1);
}
const cases = [...readGoldFolder(path.join(__dirname, "..", "tests", "fixtures", "align")), ...newsCases(articles.slice(40), articles.length, 77)];
const fitted = fitParams(cases, undefined, Number(process.argv[2] ?? 1), (line) => console.error(line));
console.log(JSON.stringify(fitted, null, 2));
