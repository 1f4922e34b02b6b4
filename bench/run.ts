// `npm run bench [-- NAME…]`: runs every bench/*.bench.ts (or those whose name contains
// one of the given words) one after the other and prints their figures. Benchmarks are
// kept out of `npm test`: performance targets live here, never in timed unit tests.
import fs from "node:fs";
import path from "node:path";

export interface Benchmark {
  /** Prints its own figures; throws only when it cannot run at all. */
  run(): Promise<void>;
}

async function main() {
  const filters = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !filters.length || filters.some((w) => f.includes(w)))
    .sort();
  if (!files.length) {
    console.error(`error: no benchmark matches ${filters.join(" ")}`);
    process.exit(1);
  }
  for (const file of files) {
    console.log(`\n=== ${file.replace(/\.bench\.ts$/, "")} ===`);
    const benchmark = (await import(path.join(__dirname, file))) as { default: Benchmark };
    await benchmark.default.run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
