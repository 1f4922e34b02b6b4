import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "node_modules", ".bin");
const NPM_SCRIPTS = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The command line `npm run <name>` runs (package.json, e.g. the Node.js flags of import or
 * the bundle align runs), or scripts/<name>.ts through tsx for a file that has no npm
 * script of its own. package.json's commands are plain words, so splitting on spaces is
 * what a shell would do with them.
 */
function commandLine(name: string): string[] {
  const script = NPM_SCRIPTS[name] ?? `tsx scripts/${name}.ts`;
  if (/[&|;<>$`'"]/.test(script)) throw new Error(`package.json script ${name}: runScript takes one plain command, not ${script}`);
  const [command, ...args] = script.split(/\s+/);
  return [command === "node" ? process.execPath : path.join(BIN, command), ...args];
}

/** Runs a command as a user would (`npm run <name> -- …`), against the given database; `input` is its standard input. */
export function runScript(name: string, args: string[], env: Record<string, string> = {}, input?: string): ScriptResult {
  const [command, ...head] = commandLine(name);
  const result = spawnSync(command, [...head, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, NO_COLOR: "1" },
    encoding: "utf8",
    input,
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
