// The reader page of a 1,000-paragraph document (1,000 links, the sample glossary marking
// names in both columns), served by `next start` from a production build: server time,
// median and p95 over repeated requests after warm-up. Target: under 300 ms.
//
// Builds into .next-bench every run, so that the figures are those of the current code
// (BENCH_REUSE_BUILD=1 reuses an existing build while iterating on the benchmark itself).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { alignAll } from "../lib/align/align-document";
import { loadSampleCorpus } from "../lib/corpus/sample-corpus";
import type { Db } from "../lib/db/client";
import { hashText } from "../lib/text/normalize";
import { createTempDb } from "../tests/helpers/temp-db";
import type { Benchmark } from "./run";
import { freePort } from "../tests/helpers/free-port";

const ROOT = path.join(__dirname, "..");
const DIST_DIR = ".next-bench";
const PARAGRAPHS = 1_000;
const WARM_UP = 5;
const REQUESTS = 20;
const TARGET_MS = 300;
const SLUG = "reader-bench-1000";
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** next build rewrites tsconfig.json to include its dist folder's types: put it back. */
function build(): void {
  if (process.env.BENCH_REUSE_BUILD === "1" && fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) return;
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = fs.readFileSync(tsconfig, "utf8");
  console.log(`building into ${DIST_DIR}…`);
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (fs.readFileSync(tsconfig, "utf8") !== before) fs.writeFileSync(tsconfig, before);
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * A long document made of the sample articles' aligned pairs (their 1-1 links, cycled),
 * one 1-1 link per pair: real translations, so glossary names and flags occur as often as
 * in real text (pairing unrelated paragraphs would flag nearly every name).
 */
export async function createLongDocument(db: Db): Promise<void> {
  await alignAll(db);
  const links = await db.alignmentLink.findMany({
    where: { sourceParagraphs: { some: {} }, targetParagraphs: { some: {} } },
    orderBy: [{ documentId: "asc" }, { position: "asc" }],
    include: { sourceParagraphs: { select: { text: true } }, targetParagraphs: { select: { text: true } } },
  });
  const pairs = links.filter((l) => l.sourceParagraphs.length === 1 && l.targetParagraphs.length === 1);
  const french = pairs.map((l) => l.sourceParagraphs[0]);
  const english = pairs.map((l) => l.targetParagraphs[0]);
  const text = (list: { text: string }[], i: number) => list[i % list.length].text;
  const doc = await db.document.create({
    data: { slug: SLUG, titleFr: "Document de mesure", titleEn: "Benchmark document", source: "bench", sourceHash: SLUG },
  });
  await db.alignmentLink.createMany({
    data: Array.from({ length: PARAGRAPHS }, (_, position) => ({
      documentId: doc.id,
      position,
      // One link in ten below the low-confidence threshold, so the markers are rendered too.
      score: position % 10 === 0 ? 0.3 : 0.9,
      method: "auto",
    })),
  });
  const created = await db.alignmentLink.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" }, select: { id: true } });
  const paragraphs = (list: { text: string }[]) =>
    created.map((link, position) => {
      const t = text(list, position);
      return { documentId: doc.id, position, kind: position % 25 === 0 ? "heading" : "body", text: t, hash: hashText(t), linkId: link.id };
    });
  await db.sourceParagraph.createMany({ data: paragraphs(french) });
  await db.targetParagraph.createMany({ data: paragraphs(english) });
}


async function timeRequest(url: string): Promise<{ ms: number; bytes: number; status: number }> {
  const start = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  return { ms: performance.now() - start, bytes: body.byteLength, status: response.status };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const benchmark: Benchmark = {
  async run() {
    build();
    const temp = await createTempDb();
    await loadSampleCorpus(temp.db);
    await createLongDocument(temp.db);
    const port = await freePort();
    const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, DATABASE_URL: temp.url, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout!.on("data", (d) => (log += d));
    child.stderr!.on("data", (d) => (log += d));
    try {
      const url = `http://127.0.0.1:${port}/fr/documents/${SLUG}`;
      for (let tries = 0; ; tries++) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/fr`)).status < 500) break;
        } catch {
          // not listening yet
        }
        if (tries > 300 || child.exitCode !== null) throw new Error(`next start did not answer:\n${log}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      // The first request pays for a cold process: modules loaded, glossary matched afresh.
      const cold = await timeRequest(url);
      for (let i = 1; i < WARM_UP; i++) await timeRequest(url);
      const runs: { ms: number; bytes: number; status: number }[] = [];
      for (let i = 0; i < REQUESTS; i++) runs.push(await timeRequest(url));
      if (runs.some((r) => r.status !== 200)) throw new Error(`reader answered ${runs.map((r) => r.status).join(",")}:\n${log}`);
      const times = runs.map((r) => r.ms).sort((a, b) => a - b);
      const median = percentile(times, 50);
      const p95 = percentile(times, 95);
      console.log(`reader page, ${PARAGRAPHS} paragraphs a side, ${PARAGRAPHS} links, full HTML response (${(runs[0].bytes / 1024).toFixed(0)} KiB)`);
      console.log(`  ${REQUESTS} requests after ${WARM_UP} warm-up: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
      console.log(`  first request on a cold server: ${cold.ms.toFixed(1)} ms`);
      console.log(`  target < ${TARGET_MS} ms (median): ${median < TARGET_MS ? "met" : "NOT MET"}`);
      // Shared machines skew timings: say how busy this one was.
      console.log(`  load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
      await temp.close();
    }
  },
};

export default benchmark;
