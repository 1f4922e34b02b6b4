import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Issue 12, finding 10: package.json pinned better-sqlite3 12 while the Prisma adapter
 * requires ^11.9, so npm compiled a second copy (about 90 s of every install) and the app
 * ran on the adapter's. One copy, the version the adapter accepts.
 */
const ROOT = path.join(__dirname, "..", "..");
const json = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));

it("installs one better-sqlite3, the one the Prisma adapter loads", () => {
  const fromAdapter = createRequire(require.resolve("@prisma/adapter-better-sqlite3")).resolve("better-sqlite3/package.json");
  const fromProject = require.resolve("better-sqlite3/package.json", { paths: [ROOT] });
  expect(fromAdapter).toBe(fromProject);
  const installed = json(fromProject).version as string;
  const wanted = json(path.join(ROOT, "package.json")).dependencies["better-sqlite3"] as string;
  expect(installed).toBe(wanted);
  // The adapter's own requirement (^11.9.0 for 6.19.3) holds for the pinned version.
  // (package.json is not among the adapter's exports: read from its folder.)
  const range = json(path.join(ROOT, "node_modules", "@prisma", "adapter-better-sqlite3", "package.json")).dependencies["better-sqlite3"] as string;
  const [major, minor] = installed.split(".").map(Number);
  const [, wantMajor, wantMinor] = /^\^(\d+)\.(\d+)/.exec(range)!.map(Number);
  expect(major === wantMajor && minor >= wantMinor).toBe(true);
  const lock = json(path.join(ROOT, "package-lock.json")) as { packages: Record<string, unknown> };
  expect(Object.keys(lock.packages).filter((p) => p.endsWith("node_modules/better-sqlite3"))).toEqual(["node_modules/better-sqlite3"]);
});
