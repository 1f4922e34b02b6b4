#!/usr/bin/env node
// `npm run align`: runs scripts/align.ts compiled into one file by esbuild (which tsx
// brings), rebuilt whenever a source file is newer than the build. Node then starts the
// command in tens of milliseconds instead of the half second tsx takes to compile on the
// fly: tools that call file mode once per article feel that. The build lives in
// node_modules/.cache, which git ignores and `npm ci` clears.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = path.join(root, "scripts", "align.ts");
const out = path.join(root, "node_modules", ".cache", "vis-a-vis", "align.cjs");

/** Newest modification time of the TypeScript files a build depends on. */
function newestSource() {
  let newest = Math.max(fs.statSync(entry).mtimeMs, fs.statSync(path.join(root, "scripts", "cli.ts")).mtimeMs, fs.statSync(path.join(root, "package.json")).mtimeMs);
  const walk = (dir) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, item.name);
      if (item.isDirectory()) walk(file);
      else if (/\.(ts|js|json)$/.test(item.name)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
    }
  };
  walk(path.join(root, "lib"));
  return newest;
}

function isFresh() {
  try {
    return fs.statSync(out).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

if (!isFresh()) {
  const { buildSync } = createRequire(import.meta.url)("esbuild");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Built beside the target, then renamed: two commands starting at once never run half a file.
  const temp = `${out}.${process.pid}.tmp`;
  buildSync({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: temp, packages: "external", logLevel: "error" });
  fs.renameSync(temp, out);
}
createRequire(import.meta.url)(out);
