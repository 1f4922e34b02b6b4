import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * A production build is remade only when something that goes into it changed: `npm start`
 * and the browser tests call this instead of running `next build` every time (a full build
 * takes a minute or more on a busy machine, for nothing when the sources are the same).
 *
 * What goes in is every file of the project except what the build never reads; when in
 * doubt a file counts (a needless build is slow, a stale one is wrong). The Node.js version
 * and the NEXT_PUBLIC_ variables, which Next.js writes into the pages, count too.
 */

/** Folders of the project the build does not read (tests, benchmarks, commands, data, builds). */
const NOT_BUILT_FOLDERS = new Set(["node_modules", "data", "tests", "bench", "scripts", "coverage", "tmp"]);
/** Files at the top the build writes itself (next-env.d.ts) or does not read (server.ts serves the build). */
const NOT_BUILT_TOP_FILES = new Set(["next-env.d.ts", "server.ts"]);
/** Files anywhere that never go into a build: documents, compiler caches, databases. */
const NOT_BUILT_FILE = /\.(md|tsbuildinfo|db|db-journal|db-wal|db-shm)$/;
/** Where the fingerprint of the build is kept, inside the build folder. */
const FINGERPRINT_FILE = "vis-a-vis-build.json";

function sourceFiles(root: string, folder = ""): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      // Hidden folders are .git and the builds (.next, .next-test); .env files do count.
      if (entry.name.startsWith(".") || (!folder && NOT_BUILT_FOLDERS.has(entry.name))) continue;
      files.push(...sourceFiles(root, relative));
    } else if (entry.isFile() && !NOT_BUILT_FILE.test(entry.name) && !(!folder && NOT_BUILT_TOP_FILES.has(entry.name))) {
      files.push(relative);
    }
  }
  return files;
}

/** A hash of everything a build of the project in `root` is made from. */
export function buildFingerprint(root: string, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash("sha256");
  hash.update(`node ${process.version}\n`);
  for (const name of Object.keys(env).filter((n) => n.startsWith("NEXT_PUBLIC_")).sort()) hash.update(`${name}=${env[name]}\n`);
  for (const file of sourceFiles(root).sort()) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** The fingerprint recorded with the build in `distDir`, or null when there is no complete build. */
function recordedFingerprint(root: string, distDir: string): string | null {
  const folder = path.join(root, distDir);
  if (!fs.existsSync(path.join(folder, "BUILD_ID"))) return null;
  try {
    return (JSON.parse(fs.readFileSync(path.join(folder, FINGERPRINT_FILE), "utf8")) as { fingerprint?: string }).fingerprint ?? null;
  } catch {
    return null;
  }
}

export interface BuildOutcome {
  built: boolean;
  /** Time spent, fingerprint included, in milliseconds. */
  ms: number;
}

export interface BuildOptions {
  /** The build folder, relative to `root` (next.config.js reads it from NEXT_DIST_DIR). */
  distDir: string;
  /** "inherit" shows `next build`'s own output; "pipe" keeps it for the error on failure. */
  output: "inherit" | "pipe";
}

/**
 * Builds the app in `root` into `distDir` unless the build there was made from the same
 * sources. Throws with the build's output when `next build` fails; the old fingerprint is
 * removed first, so a failed or interrupted build is never taken for a current one.
 */
export function buildIfChanged(root: string, { distDir, output }: BuildOptions): BuildOutcome {
  const started = Date.now();
  const fingerprint = buildFingerprint(root);
  if (recordedFingerprint(root, distDir) === fingerprint) return { built: false, ms: Date.now() - started };
  const record = path.join(root, distDir, FINGERPRINT_FILE);
  fs.rmSync(record, { force: true });
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [next, "build"], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: output === "inherit" ? "inherit" : "pipe",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const log = output === "pipe" ? `:\n${result.stdout}\n${result.stderr}` : " (its output is above)";
    throw new Error(`next build failed${result.signal ? ` (${result.signal})` : ""}${log}`);
  }
  fs.writeFileSync(record, JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }) + "\n");
  return { built: true, ms: Date.now() - started };
}
