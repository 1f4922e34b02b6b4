// Scale, on the real command path (`npm run --silent NAME -- …` in a process of its own,
// as a person types it; timed with GNU time for wall time and peak memory):
// - a document of 5,000 and of 50,000 paragraphs a side: `import FR --en EN`, `align --doc`,
//   `export --format tmx`, `translate --dry-run`, then a window of the reader over HTTP;
// - a TMX of 10,000 units imported into an empty database;
// - a library of 10,000 documents: `import FOLDER` (each article in its own transaction,
//   aligned and checked), then the library's first and last page, a title search and the
//   glossary page over HTTP.
// BENCH_SCALE_SIZES (e.g. "5000") and BENCH_SCALE_DOCUMENTS shrink it while iterating.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { alignAll } from "../lib/align/align-document";
import { loadSampleCorpus } from "../lib/corpus/sample-corpus";
import { countStaleDocuments } from "../lib/glossary/stored-flags";
import { createTempDb, type TempDb } from "../tests/helpers/temp-db";
import { build, kib, load, startServer, timedGet } from "./http";
import type { Benchmark } from "./run";

const ROOT = path.join(__dirname, "..");
const SIZES = (process.env.BENCH_SCALE_SIZES ?? "5000,50000").split(",").map(Number);
const DOCUMENTS = Number(process.env.BENCH_SCALE_DOCUMENTS ?? 10_000);
const GNU_TIME = "/usr/bin/time";
const LOAD_SECONDS = 5;

interface Pair {
  fr: string;
  en: string;
}

/** The sample articles' 1-1 pairs: real translations, cycled and numbered to make long texts. */
async function samplePairs(temp: TempDb): Promise<Pair[]> {
  await loadSampleCorpus(temp.db);
  await alignAll(temp.db);
  const links = await temp.db.alignmentLink.findMany({
    where: { sourceParagraphs: { some: { kind: "body" } }, targetParagraphs: { some: {} } },
    orderBy: [{ documentId: "asc" }, { position: "asc" }],
    include: { sourceParagraphs: { select: { text: true } }, targetParagraphs: { select: { text: true } } },
  });
  return links
    .filter((l) => l.sourceParagraphs.length === 1 && l.targetParagraphs.length === 1)
    .map((l) => ({ fr: l.sourceParagraphs[0].text, en: l.targetParagraphs[0].text }));
}

function writeArticle(dir: string, name: string, pairs: Pair[], paragraphs: number, title: Pair): { fr: string; en: string } {
  const fr = [title.fr];
  const en = [title.en];
  for (let i = 1; i < paragraphs; i++) {
    const pair = pairs[i % pairs.length];
    fr.push(`Dépêche ${i}. ${pair.fr}`);
    en.push(`Dispatch ${i}. ${pair.en}`);
  }
  const files = { fr: path.join(dir, `${name}.fr.txt`), en: path.join(dir, `${name}.en.txt`) };
  fs.writeFileSync(files.fr, fr.join("\n\n") + "\n");
  fs.writeFileSync(files.en, en.join("\n\n") + "\n");
  return files;
}

/** `npm run --silent NAME -- ARGS` on the database `url`: wall time and peak memory (GNU time, when installed). */
function command(url: string, name: string, args: string[]): { seconds: number; peakMb: number | null; stdout: string } {
  const npm = ["npm", "run", "--silent", name, "--", ...args];
  const timed = fs.existsSync(GNU_TIME);
  const start = performance.now();
  const result = spawnSync(timed ? GNU_TIME : npm[0], timed ? ["-f", "peak-rss-kb %M", ...npm] : npm.slice(1), {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 && !(name === "import" && result.status === 1 && /refused/.test(result.stderr))) {
    throw new Error(`npm run ${name} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  }
  const peak = /peak-rss-kb (\d+)/.exec(result.stderr);
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : null, stdout: result.stdout };
}

const report = (label: string, run: { seconds: number; peakMb: number | null }) =>
  console.log(`  ${label.padEnd(34)} ${run.seconds.toFixed(1).padStart(6)} s wall, peak ${run.peakMb === null ? "n/a" : `${run.peakMb.toFixed(0)} MB`}`);

async function httpFigures(url: string, pages: { label: string; path: string }[]): Promise<void> {
  build();
  const server = await startServer(url);
  try {
    for (const page of pages) {
      const first = await timedGet(`${server.baseUrl}${page.path}`);
      if (first.status !== 200) throw new Error(`${page.path} answered ${first.status}:\n${server.log()}`);
      // Loaded at the address a browser ends on: a redirect is not the page.
      const run = await load(first.url, LOAD_SECONDS);
      if (run.bad) throw new Error(`${page.path}: ${run.bad} answers other than 200 under load`);
      if (!run.count) {
        console.log(`  ${page.label.padEnd(34)} ${kib(first.bytes)} of HTML, first ${first.ms.toFixed(0)} ms; no answer under load (${run.errors} errors)`);
        continue;
      }
      console.log(
        `  ${page.label.padEnd(34)} ${kib(first.bytes)} of HTML, first ${first.ms.toFixed(0)} ms; ` +
          `${run.requestsPerSecond.toFixed(0)} requests/s, p50 ${run.p50.toFixed(0)} ms, p95 ${run.p95.toFixed(0)} ms (20 clients)`,
      );
    }
  } finally {
    await server.stop();
  }
}

async function longDocument(pairs: Pair[], paragraphs: number): Promise<void> {
  const temp = await createTempDb();
  try {
    console.log(`document of ${paragraphs.toLocaleString("en")} paragraphs a side (database: ${temp.provider}):`);
    const files = writeArticle(temp.dir, "wire", pairs, paragraphs, { fr: "Fil des dépêches", en: "Wire of dispatches" });
    report("import FR --en EN --no-align", command(temp.url, "import", [files.fr, "--en", files.en, "--no-align"]));
    report("align --doc", command(temp.url, "align", ["--doc", "fil-des-depeches"]));
    report("export --format tmx --out", command(temp.url, "export", ["--doc", "fil-des-depeches", "--format", "tmx", "--out", path.join(temp.dir, "wire.tmx")]));
    report("translate --dry-run", command(temp.url, "translate", ["--doc", "fil-des-depeches", "--dry-run"]));
    const middle = Math.floor(paragraphs / 2);
    await httpFigures(temp.url, [{ label: `reader, window at row ${middle.toLocaleString("en")}`, path: `/fr/documents/fil-des-depeches?row=${middle}` }]);
  } finally {
    await temp.close();
  }
}

/**
 * A TMX of 10,000 units (the issue's case: about 3 MB, segments of news-paragraph length
 * cut to their first 150 characters), exported from one database and imported into
 * another by `import FILE.tmx`: one transaction, both sides, links and memory.
 */
async function tmxImport(pairs: Pair[]): Promise<void> {
  const [source, target] = [await createTempDb(), await createTempDb()];
  try {
    const short = pairs.map((p) => ({ fr: p.fr.slice(0, 150), en: p.en.slice(0, 150) }));
    const files = writeArticle(source.dir, "units", short, 10_000, { fr: "Mémoire de traduction", en: "Translation memory" });
    command(source.url, "import", [files.fr, "--en", files.en]);
    const tmx = path.join(source.dir, "units.tmx");
    command(source.url, "export", ["--doc", "memoire-de-traduction", "--format", "tmx", "--out", tmx]);
    const units = (fs.readFileSync(tmx, "utf8").match(/<tu /g) ?? []).length;
    console.log(`TMX of ${units.toLocaleString("en")} units (${(fs.statSync(tmx).size / 1024 / 1024).toFixed(1)} MB), into an empty database (${target.provider}):`);
    report("import FILE.tmx", command(target.url, "import", [tmx, "--no-align"]));
  } finally {
    await source.close();
    await target.close();
  }
}

async function largeLibrary(pairs: Pair[]): Promise<void> {
  const temp = await createTempDb();
  try {
    console.log(`library of ${DOCUMENTS.toLocaleString("en")} documents and the sample corpus with its glossary (database: ${temp.provider}):`);
    await loadSampleCorpus(temp.db);
    const folder = path.join(temp.dir, "library");
    fs.mkdirSync(folder);
    for (let d = 0; d < DOCUMENTS; d++) {
      const shifted = [...pairs.slice(d % pairs.length), ...pairs.slice(0, d % pairs.length)];
      writeArticle(folder, `article-${String(d).padStart(5, "0")}`, shifted, 12, { fr: `Dépêche ${d} : ${shifted[0].fr.slice(0, 60)}`, en: `Dispatch ${d}: ${shifted[0].en.slice(0, 60)}` });
    }
    const run = command(temp.url, "import", [folder]);
    report(`import FOLDER (${DOCUMENTS.toLocaleString("en")} articles)`, run);
    console.log(`  ${run.stdout.trim().split("\n").at(-1)}`);
    // The library's flag counts come from stored checks; any still pending run in the background while the pages load.
    console.log(`  documents awaiting the glossary check when the pages are loaded: ${await countStaleDocuments(temp.db)}`);
    await httpFigures(temp.url, [
      { label: "library, first page", path: "/fr" },
      { label: "library, last page", path: `/fr?page=${Math.ceil(DOCUMENTS / 50)}` },
      { label: "library, title search", path: "/fr?q=depeche%201234" },
      { label: "glossary page", path: "/fr/glossary" },
    ]);
  } finally {
    await temp.close();
  }
}

const benchmark: Benchmark = {
  async run() {
    const sample = await createTempDb();
    const pairs = await samplePairs(sample);
    await sample.close();
    for (const size of SIZES) await longDocument(pairs, size);
    await tmxImport(pairs);
    if (DOCUMENTS > 0) await largeLibrary(pairs);
    // Shared machines skew timings: say how busy this one was.
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
  },
};

export default benchmark;
