import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseFilePath } from "./url";

/**
 * Applies pending migrations with `prisma migrate deploy` (through scripts/prisma.mjs,
 * which keeps the CLI offline) to the database at `url`, creating its folder first.
 */
export function applyMigrations(url: string): void {
  fs.mkdirSync(path.dirname(databaseFilePath(url)), { recursive: true });
  const result = spawnSync(process.execPath, [path.join(process.cwd(), "scripts", "prisma.mjs"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}${result.stderr}`);
  }
}
