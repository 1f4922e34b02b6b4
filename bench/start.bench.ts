// `npm start` as a person runs it, several times: the first start builds when the sources
// changed since the last build, the others must not (target: serving within 5 s). Timed
// from the command to the library page's first answer, on a temporary SQLite database.
import { performance } from "node:perf_hooks";
import { createTempDb } from "../tests/helpers/temp-db";
import { startAppServer } from "../tests/support/app-server";
import type { Benchmark } from "./run";

/** Seconds from `npm start` to the library page's first answer, and whether it built. */
async function timedStart(databaseUrl: string): Promise<{ seconds: number; built: boolean }> {
  const started = performance.now();
  // A first start may build: minutes on a busy machine.
  const server = await startAppServer({ kind: "npm start", distDir: ".next", databaseUrl, timeoutMs: 15 * 60_000 });
  const seconds = (performance.now() - started) / 1000;
  await server.stop();
  return { seconds, built: !server.log().includes("is up to date") };
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
