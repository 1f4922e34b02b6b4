#!/usr/bin/env node
// `node scripts/run-bundled.mjs NAME ARGS…` runs the command scripts/NAME.ts compiled into
// one file by esbuild (which tsx brings), rebuilt whenever a source file is newer than the
// build. package.json runs `align` and `import` this way:
// - Node then starts the command in tens of milliseconds instead of the half second tsx
//   takes to compile on the fly: tools that call align's file mode once per article feel it;
// - the process holds no compiler: a 10,000-unit TMX import peaks about 40 MB lower.
// The builds live in node_modules/.cache, which git ignores and `npm ci` clears.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const name = process.argv[2];
const entry = name && path.join(root, "scripts", `${name}.ts`);
if (!entry || !/^[a-z-]+$/.test(name) || !fs.existsSync(entry)) {
  console.error(`run-bundled: ${name ? `no command scripts/${name}.ts` : "name a command of scripts/ (e.g. align)"}`);
  process.exit(2);
}
const out = path.join(root, "node_modules", ".cache", "vis-a-vis", `${name}.cjs`);

/** Newest modification time of the files a build depends on: lib/, the commands' own modules, package.json. */
function newestSource() {
  let newest = fs.statSync(path.join(root, "package.json")).mtimeMs;
  const walk = (dir) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, item.name);
      if (item.isDirectory()) walk(file);
      else if (/\.(ts|js|json)$/.test(item.name)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
    }
  };
  walk(path.join(root, "lib"));
  walk(path.join(root, "scripts"));
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
// The command reads its arguments from process.argv as if started by name.
process.argv.splice(1, 2, out);
createRequire(import.meta.url)(out);
