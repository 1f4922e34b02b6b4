// The reader over HTTP, served by `next start` from a production build, loaded from this
// (second) process with autocannon:
// - throughput on the sample document: requests/s, p50 and p95 under 20 concurrent
//   clients (target: 300 requests/s, p95 under 150 ms, on 2 cores);
// - a document of 50,000 links (50,000 paragraphs a side): HTML size of a window and the
//   time to serve it when its document version is first read, when the window is new, and
//   once cached (target: any page under 1 MB).
//
// Builds into .next-bench every run, so that the figures are those of the current code
// (BENCH_REUSE_BUILD=1 reuses an existing build while iterating on the benchmark itself).
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { alignAll } from "../lib/align/align-document";
import { loadSampleCorpus } from "../lib/corpus/sample-corpus";
import { ensureDocumentFlags } from "../lib/glossary/stored-flags";
import { createLongDocument } from "../tests/e2e/fixtures/long-document";
import { freePort } from "../tests/helpers/free-port";
import { createTempDb } from "../tests/helpers/temp-db";
import type { Benchmark } from "./run";

const ROOT = path.join(__dirname, "..");
const DIST_DIR = ".next-bench";
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SAMPLE_SLUG = "kim-soutien-inconditionnel-russie";
const LONG_SLUG = "reader-bench-50000";
const LONG_LINKS = 50_000;
const CONNECTIONS = 20;
const WARM_UP_SECONDS = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET = { requestsPerSecond: 300, p95Ms: 150, htmlBytes: 1_000_000 };

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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** `CONNECTIONS` clients requesting `url` for `seconds`; every response time is kept (autocannon reports no p95). */
async function load(url: string, seconds: number) {
  const times: number[] = [];
  let bad = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status !== 200) bad++;
    });
  });
  times.sort((a, b) => a - b);
  return { requestsPerSecond: result.requests.average, p50: percentile(times, 50), p95: percentile(times, 95), count: times.length, bad, errors: result.errors };
}

async function timedGet(url: string) {
  const start = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - start, bytes: body.byteLength, status: response.status };
}

/**
 * CPU time the server process has used, in ms (Linux /proc; null elsewhere): divided by the
 * requests served, a figure that depends far less on what else the machine runs than
 * requests/s do. Clock ticks are 1/100 s on Linux.
 */
function serverCpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

const benchmark: Benchmark = {
  async run() {
    build();
    const temp = await createTempDb();
    await loadSampleCorpus(temp.db);
    await alignAll(temp.db);
    let started = performance.now();
    const longId = await createLongDocument(temp.db, { slug: LONG_SLUG, links: LONG_LINKS });
    console.log(`document of ${LONG_LINKS.toLocaleString("en")} links made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Stored glossary flags are kept by the writers; computed here so that the reader finds them fresh.
    started = performance.now();
    await ensureDocumentFlags(temp.db, longId);
    console.log(`its glossary flags stored in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
      const base = `http://127.0.0.1:${port}`;
      for (let tries = 0; ; tries++) {
        try {
          if ((await fetch(`${base}/fr`)).status < 500) break;
        } catch {
          // not listening yet
        }
        if (tries > 300 || child.exitCode !== null) throw new Error(`next start did not answer:\n${log}`);
        await new Promise((r) => setTimeout(r, 200));
      }

      const sample = `${base}/fr/documents/${SAMPLE_SLUG}`;
      const page = await timedGet(sample);
      if (page.status !== 200) throw new Error(`reader answered ${page.status}:\n${log}`);
      await load(sample, WARM_UP_SECONDS);
      const cpuBefore = serverCpuMs(child.pid);
      const run = await load(sample, SECONDS);
      const cpuAfter = serverCpuMs(child.pid);
      if (run.bad || run.errors) throw new Error(`${run.bad} answers other than 200, ${run.errors} errors:\n${log}`);
      console.log(`sample document (${SAMPLE_SLUG}, ${kib(page.bytes)} of HTML), ${CONNECTIONS} concurrent clients for ${SECONDS} s:`);
      console.log(`  ${run.requestsPerSecond.toFixed(0)} requests/s, p50 ${run.p50.toFixed(0)} ms, p95 ${run.p95.toFixed(0)} ms (${run.count} requests)`);
      if (cpuBefore !== null && cpuAfter !== null) {
        const perRequest = (cpuAfter - cpuBefore) / run.count;
        console.log(`  server CPU ${perRequest.toFixed(1)} ms a request (all the server process's threads)`);
      }
      const met = run.requestsPerSecond >= TARGET.requestsPerSecond && run.p95 < TARGET.p95Ms;
      console.log(`  target ≥ ${TARGET.requestsPerSecond} requests/s and p95 < ${TARGET.p95Ms} ms: ${met ? "met" : "NOT MET"}`);

      const long = `${base}/fr/documents/${LONG_SLUG}`;
      const cold = await timedGet(`${long}?from=40001`);
      const fresh = await timedGet(`${long}?from=20001`);
      const warm: number[] = [];
      for (let i = 0; i < 20; i++) warm.push((await timedGet(`${long}?from=40001`)).ms);
      warm.sort((a, b) => a - b);
      if (cold.status !== 200 || fresh.status !== 200) throw new Error(`long document answered ${cold.status}, ${fresh.status}:\n${log}`);
      console.log(`document of ${LONG_LINKS.toLocaleString("en")} links, window of rows 40,001-40,200: ${kib(cold.bytes)} of HTML (target < ${kib(TARGET.htmlBytes)}: ${cold.bytes < TARGET.htmlBytes ? "met" : "NOT MET"})`);
      console.log(`  first request (document version read, then the window): ${cold.ms.toFixed(0)} ms`);
      console.log(`  another window of the same version (rows 20,001-20,200): ${fresh.ms.toFixed(0)} ms`);
      console.log(`  the same window again, cached: median ${percentile(warm, 50).toFixed(1)} ms over ${warm.length} requests`);
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
