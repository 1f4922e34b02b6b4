import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../lib/db/client";

const MIGRATIONS = path.join(__dirname, "..", "..", "prisma", "migrations");

/**
 * Applies the migration files in order, as `prisma migrate deploy` does, without paying
 * for a CLI process in every test file (tests/db-setup.test.ts runs the real command).
 */
function migrate(file: string): void {
  const sqlite = new Database(file);
  try {
    for (const dir of fs.readdirSync(MIGRATIONS).filter((d) => /^\d/.test(d)).sort()) {
      sqlite.exec(fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
    }
  } finally {
    sqlite.close();
  }
}

export interface TempDb {
  db: Db;
  url: string;
  file: string;
  dir: string;
  close(): Promise<void>;
}

/** A fresh, migrated SQLite file in a temporary folder, removed by close(). */
export async function createTempDb(): Promise<TempDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-test-"));
  const file = path.join(dir, "test.db");
  migrate(file);
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    file,
    dir,
    async close() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
