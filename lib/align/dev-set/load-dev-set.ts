import path from "node:path";
import { readGlossaryFile } from "../../glossary/load-terms";
import { SAMPLE_CORPUS_DIR } from "../../corpus/sample-corpus";
import type { DevCase } from "./dev-case";
import { readGoldFolder, readSampleCorpusCases } from "./gold-file";
import { newsCases, readNewsArticles } from "./news-cases";

export const DEV_SET_DIR = path.join(process.cwd(), "tests", "fixtures", "align");

export interface DevSet {
  cases: DevCase[];
  /** Why the news-test2008 cases are missing, when they are. */
  skipped?: string;
}

/** The hand-written cases, the sample corpus, and (when the data is there) the news-test2008 cases. */
export function loadDevSet(options: { news?: boolean } = {}): DevSet {
  const cases = [
    ...readGoldFolder(DEV_SET_DIR),
    ...readSampleCorpusCases(SAMPLE_CORPUS_DIR, path.join(DEV_SET_DIR, "sample-corpus.gold.json"), readGlossaryFile(path.join(SAMPLE_CORPUS_DIR, "glossary.json"))),
  ];
  if (options.news === false) return { cases };
  const articles = readNewsArticles();
  if (!articles) return { cases, skipped: "../shared/data/news-test2008 not found: news-test2008 cases skipped" };
  return { cases: [...cases, ...newsCases(articles)] };
}
