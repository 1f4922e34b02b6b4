// `npm start` as a person runs it twice: the first start builds when the sources changed
// since the last build, the second must not (target: serving within 5 s). Timed from the
// command to the first answer of the library page, on a temporary SQLite database.
import { spawn } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { freePort } from "../tests/support/free-port";
import { createTempDb } from "../tests/helpers/temp-db";
import type { Benchmark } from "./run";

const ROOT = path.join(__dirname, "..");

/** Seconds from `npm start` to a 200 from the library page, and whether it built. */
async function timedStart(databaseUrl: string): Promise<{ seconds: number; built: boolean }> {
  const port = await freePort();
  const started = performance.now();
  let output = "";
  const child = spawn("npm", ["start"], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output.slice(-3000)}`);
      const status = await fetch(`http://127.0.0.1:${port}/fr`).then((r) => r.status, () => 0);
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return { seconds: (performance.now() - started) / 1000, built: !output.includes("is up to date") };
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

const benchmark: Benchmark = {
  async run() {
    const temp = await createTempDb();
    try {
      const first = await timedStart(temp.url);
      console.log(`first npm start: ${first.seconds.toFixed(1)} s to the library page (${first.built ? "built" : "build up to date"})`);
      for (let k = 0; k < 3; k++) {
        const again = await timedStart(temp.url);
        console.log(`npm start again: ${again.seconds.toFixed(1)} s to the library page (${again.built ? "built: the fingerprint failed" : "no build"}; target 5 s)`);
      }
    } finally {
      await temp.close();
    }
  },
};

export default benchmark;
