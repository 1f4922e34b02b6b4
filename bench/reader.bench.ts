// The reader over HTTP, served by server.ts (as `npm start` does) from a production build, loaded from this
// (second) process with autocannon:
// - throughput on the sample document: requests/s, p50 and p95 under 20 concurrent
//   clients (target: 300 requests/s, p95 under 150 ms, on 2 cores);
// - a document of 50,000 links (50,000 paragraphs a side): HTML size of a window and the
//   time to serve it when its document version is first read, when the window is new, and
//   once cached (target: any page under 1 MB).
//
// Builds into .next-bench when the sources changed since the last build there, so that the
// figures are those of the current code.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { alignAll } from "../lib/align/align-document";
import { loadSampleCorpus } from "../lib/corpus/sample-corpus";
import { ensureDocumentFlags } from "../lib/glossary/stored-flags";
import { createLongDocument } from "../tests/e2e/fixtures/long-document";
import { createTempDb } from "../tests/helpers/temp-db";
import { build, CONNECTIONS, kib, load, percentile, serverCpuMs, startServer, timedGet } from "./http";
import type { Benchmark } from "./run";

const SAMPLE_SLUG = "kim-soutien-inconditionnel-russie";
const LONG_SLUG = "reader-bench-50000";
const LONG_LINKS = 50_000;
const WARM_UP_SECONDS = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET = { requestsPerSecond: 300, p95Ms: 150, htmlBytes: 1_000_000 };

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
    const server = await startServer(temp.url);
    const { child } = server;
    try {
      const base = server.baseUrl;
      const sample = `${base}/fr/documents/${SAMPLE_SLUG}`;
      const page = await timedGet(sample);
      if (page.status !== 200) throw new Error(`reader answered ${page.status}:\n${server.log()}`);
      await load(sample, WARM_UP_SECONDS);
      const cpuBefore = serverCpuMs(child.pid);
      const run = await load(sample, SECONDS);
      const cpuAfter = serverCpuMs(child.pid);
      if (run.bad || run.errors) throw new Error(`${run.bad} answers other than 200, ${run.errors} errors:\n${server.log()}`);
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
      if (cold.status !== 200 || fresh.status !== 200) throw new Error(`long document answered ${cold.status}, ${fresh.status}:\n${server.log()}`);
      console.log(`document of ${LONG_LINKS.toLocaleString("en")} links, window of rows 40,001-40,200: ${kib(cold.bytes)} of HTML (target < ${kib(TARGET.htmlBytes)}: ${cold.bytes < TARGET.htmlBytes ? "met" : "NOT MET"})`);
      console.log(`  first request (document version read, then the window): ${cold.ms.toFixed(0)} ms`);
      console.log(`  another window of the same version (rows 20,001-20,200): ${fresh.ms.toFixed(0)} ms`);
      console.log(`  the same window again, cached: median ${percentile(warm, 50).toFixed(1)} ms over ${warm.length} requests`);
      // Shared machines skew timings: say how busy this one was.
      console.log(`  load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
    } finally {
      await server.stop();
      await temp.close();
    }
  },
};

export default benchmark;
