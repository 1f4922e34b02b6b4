// `npx tsx bench/align-fit.ts`: refits the aligner's scoring constants on the fit half of
// the dev set only (bench/align-dev/load-dev-set.ts: tests/fixtures/align/fit and
// news-test2008 articles 41 and later, restructured), starting from FIT_START, and prints
// them as JSON. The result is DEFAULT_PARAMS of lib/align/cost-model.ts exactly: the
// search is deterministic, and a test of the shipped constants says so when they drift.
// Takes several minutes; not a benchmark. Needs ../shared/data/news-test2008.
import { isDeepStrictEqual } from "node:util";
import { DEFAULT_PARAMS } from "../lib/align/cost-model";
import { FIT_ROUNDS, FIT_START, fitParams } from "./align-dev/fit-params";
import { loadDevSet } from "./align-dev/load-dev-set";

const { cases, skipped, sources } = loadDevSet("fit");
if (skipped.length) {
  console.error(`error: ${skipped.join("; ")}`);
  process.exit(1);
}
for (const line of sources) console.error(line);
const fitted = fitParams(cases, FIT_START, FIT_ROUNDS, (line) => console.error(line));
console.log(JSON.stringify(fitted, null, 2));
const same = isDeepStrictEqual(fitted, DEFAULT_PARAMS);
console.error(same ? "= DEFAULT_PARAMS (lib/align/cost-model.ts): reproduced exactly" : "differs from DEFAULT_PARAMS (lib/align/cost-model.ts)");
