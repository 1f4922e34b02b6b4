// What the benchmarks that go through HTTP share: a production build, served as `npm start`
// serves it on a database, autocannon load with percentiles, timed GETs, the server's CPU time.
import autocannon from "autocannon";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildIfChanged } from "../scripts/build-if-changed";
import { startAppServer, type AppServer } from "../tests/support/app-server";

const ROOT = path.join(__dirname, "..");
const DIST_DIR = ".next-bench";
export const CONNECTIONS = 20;

let built = false;

/**
 * Builds the app into .next-bench when its sources changed since the last build there
 * (scripts/build-if-changed.ts, as `npm start` does), once per run of the benchmarks.
 */
export function build(): void {
  if (built) return;
  const outcome = buildIfChanged(ROOT, { distDir: DIST_DIR, output: "pipe" });
  console.log(outcome.built ? `built into ${DIST_DIR} (${(outcome.ms / 1000).toFixed(0)} s)` : `${DIST_DIR} is up to date`);
  built = true;
}

/** The bench build served as `npm start` serves it (server.ts) on a free loopback port, on the database `url`; resolves once it answers. */
export function startServer(url: string, env: Record<string, string> = {}): Promise<AppServer> {
  return startAppServer({ distDir: DIST_DIR, databaseUrl: url, env });
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** `CONNECTIONS` clients requesting `url` for `seconds`; every response time is kept (autocannon reports no p95). */
export async function load(url: string, seconds: number) {
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

export async function timedGet(url: string) {
  const start = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const body = await response.arrayBuffer();
  // The address answered after redirects (`?row=N` sends to its window's page).
  return { ms: performance.now() - start, bytes: body.byteLength, status: response.status, url: response.url };
}

/**
 * CPU time the server process has used, in ms (Linux /proc; null elsewhere): divided by the
 * requests served, a figure that depends far less on what else the machine runs than
 * requests/s do. Clock ticks are 1/100 s on Linux.
 */
export function serverCpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
