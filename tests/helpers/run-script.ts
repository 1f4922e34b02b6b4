import { spawnSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/<name>.ts as a user would (`npm run <name> -- …`), against the given database; `input` is its standard input. */
export function runScript(name: string, args: string[], env: Record<string, string> = {}, input?: string): ScriptResult {
  const result = spawnSync(TSX, [path.join(ROOT, "scripts", `${name}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, NO_COLOR: "1" },
    encoding: "utf8",
    input,
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
