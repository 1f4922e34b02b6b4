// Full-text search at library scale (lib/search), on the database DATABASE_URL names
// (SQLite by default; a postgresql:// URL runs it on PostgreSQL):
// - a library of 10,000 documents of 20 aligned pairs (200,000 paragraphs a side), made
//   by tests/search/fixtures/search-library.ts;
// - the time of searchLibrary for searches from rare to very common words, a phrase, a
//   prefix, two words found on different sides, a deep page (median of a few runs after
//   one warm-up); target: under 300 ms for words in under 10% of rows, under 2 s always;
// - find in a document of 20,000 rows: the matching rows of the whole document.
// BENCH_SEARCH_DOCUMENTS sets the library's size.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { loadRowOutline } from "../lib/reader/row-outline";
import { documentMatches } from "../lib/search/document-matches";
import { parseSearchQuery } from "../lib/search/query";
import { searchLibrary } from "../lib/search/search-library";
import { seedSearchLibrary } from "../tests/search/fixtures/search-library";
import { createTempDb } from "../tests/helpers/temp-db";
import type { Benchmark } from "./run";

const DOCUMENTS = Number(process.env.BENCH_SEARCH_DOCUMENTS ?? 10_000);
const PAIRS = 20;
const LONG_ROWS = 20_000;
const RUNS = 5;
const TARGET = { selectiveMs: 300, anyMs: 2_000 };

const SEARCHES: [label: string, query: string, page?: number][] = [
  ["a number in one title", "1234"],
  ["a name in 1 document in 50", "Choïgou"],
  ["both sides: Choïgou Shoigu", "Choïgou Shoigu"],
  ["a name in 1 document in 3", "Pyongyang"],
  ["a prefix: pyong*", "pyong*"],
  ["a word in 1 row in 16", "Genève"],
  ["a phrase: \"Nations unies\"", '"Nations unies"'],
  ["the same, page 100", '"Nations unies"', 100],
  ["a word in most rows: the", "the"],
  ["two common words: le de", "le de"],
];

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Median wall time of RUNS runs after a warm-up, and median CPU time of this process (on
 * SQLite the database works in it too, so the CPU time is the figure a busy machine
 * disturbs least; on PostgreSQL it leaves out the server's work).
 */
async function time<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; result: T }> {
  let result = await work();
  const [walls, cpus] = [[] as number[], [] as number[]];
  for (let i = 0; i < RUNS; i++) {
    const [started, cpu] = [performance.now(), process.cpuUsage()];
    result = await work();
    const used = process.cpuUsage(cpu);
    walls.push(performance.now() - started);
    cpus.push((used.user + used.system) / 1000);
  }
  return { ms: median(walls), cpuMs: median(cpus), result };
}

const benchmark: Benchmark = {
  async run() {
    const temp = await createTempDb();
    try {
      const started = performance.now();
      await seedSearchLibrary(temp.db, { documents: DOCUMENTS, pairs: PAIRS });
      const [longId] = await seedSearchLibrary(temp.db, { documents: 1, pairs: LONG_ROWS, prefix: "long" });
      console.log(`${temp.provider}: ${DOCUMENTS.toLocaleString("en")} documents of ${PAIRS} pairs and one of ${LONG_ROWS.toLocaleString("en")}, indexed as written, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      console.log("| search | rows found | documents | wall (median) | CPU of this process |");
      console.log("|---|---|---|---|---|");
      for (const [label, query, page] of SEARCHES) {
        const { ms, cpuMs, result } = await time(() => searchLibrary(temp.db, query, { page }));
        const selective = result.total < (DOCUMENTS * PAIRS) / 10;
        const met = ms < (selective ? TARGET.selectiveMs : TARGET.anyMs);
        console.log(`| ${label} | ${result.total.toLocaleString("en")} | ${result.documents.toLocaleString("en")} | ${ms.toFixed(0)} ms${met ? "" : " (NOT MET)"} | ${cpuMs.toFixed(0)} ms |`);
      }
      const outline = await loadRowOutline(temp.db, longId);
      for (const query of ["Genève", "the"]) {
        const { ms, cpuMs, result } = await time(() => documentMatches(temp.db, outline, parseSearchQuery(query).terms));
        console.log(`find "${query}" in the document of ${LONG_ROWS.toLocaleString("en")} rows: ${result.length.toLocaleString("en")} rows, median ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)`);
      }
      console.log(`targets: under ${TARGET.selectiveMs} ms for searches finding under 10% of rows, under ${TARGET.anyMs} ms for any`);
      console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
    } finally {
      await temp.close();
    }
  },
};

export default benchmark;
