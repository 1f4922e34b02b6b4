// What the benchmarks that go through HTTP share: a production build, served as `npm start`
// serves it on a database, autocannon load with percentiles, timed GETs, the server's CPU time.
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startAppServer, type AppServer } from "../tests/support/app-server";

const ROOT = path.join(__dirname, "..");
const DIST_DIR = ".next-bench";
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
export const CONNECTIONS = 20;

let built = false;

/**
 * Builds the app into .next-bench once per run of the benchmarks (BENCH_REUSE_BUILD=1 reuses
 * an existing build). next build rewrites tsconfig.json to include its dist folder's types:
 * put it back.
 */
export function build(): void {
  if (built || (process.env.BENCH_REUSE_BUILD === "1" && fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID")))) return;
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
