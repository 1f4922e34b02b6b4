import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { UserError } from "../errors";
import { databaseFilePath } from "./url";

// Fixed when this module loads (from the project's folder), so that a command that later
// moves to the user's folder still finds the Prisma CLI wrapper and prisma.config.ts.
const PROJECT_ROOT = process.cwd();

/** The line of Prisma's output that says what went wrong, without its stack. */
function reason(output: string): string {
  if (/SocketTimeout|database is locked|SQLITE_BUSY/i.test(output)) {
    return "the database is in use by another process (a running reader or command); stop it and try again";
  }
  const line = output.split("\n").map((l) => l.trim()).find((l) => /^Error:|^error:|P\d{4}/.test(l));
  return line?.replace(/^Error:\s*/i, "") ?? "see `node scripts/prisma.mjs migrate deploy` for details";
}

/**
 * Applies pending migrations with `prisma migrate deploy` (through scripts/prisma.mjs,
 * which keeps the CLI offline) to the database at `url`, creating its folder first. A
 * failure is one line saying why.
 */
export function applyMigrations(url: string): void {
  fs.mkdirSync(path.dirname(databaseFilePath(url)), { recursive: true });
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new UserError(`${databaseFilePath(url)}: migrations could not be applied: ${reason(`${result.stdout}\n${result.stderr}`)}`);
  }
}
