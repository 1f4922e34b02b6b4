import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { postgresTarget, type Provider } from "../../lib/db/url";
import { testPostgresUrl, testProvider } from "./test-provider";
import { backgroundRefresh } from "../../lib/glossary/stored-flags";
import { backgroundSentenceStores } from "../../lib/align/sentences/sentence-store";

export interface TempDb {
  db: Db;
  /** DATABASE_URL for commands and servers the test starts on the same database. */
  url: string;
  provider: Provider;
  /** A temporary folder for the test's own files, removed by close(). */
  dir: string;
  close(): Promise<void>;
}

let counter = 0;

/**
 * A fresh database migrated by the real runner (lib/db/migrate.ts), on the provider the
 * jest project runs (see jest.config.js): a SQLite file in a temporary folder, or a
 * PostgreSQL schema of its own in the test server's database. close() removes it.
 */
export async function createTempDb(): Promise<TempDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-test-"));
  const provider = testProvider();
  const schema = `test_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  const server = postgresTarget(testPostgresUrl()).connectionString;
  const url = provider === "sqlite" ? `file:${path.join(dir, "test.db")}` : `${server}${server.includes("?") ? "&" : "?"}schema=${schema}`;
  await applyMigrations(url);
  const db = createDb(url);
  return {
    db,
    url,
    provider,
    dir,
    async close() {
      // A glossary write starts checking documents in the background, a reader page storing
      // sentence pairings: let them finish first.
      await Promise.all([backgroundRefresh(), backgroundSentenceStores()]);
      await db.$disconnect();
      if (provider === "postgresql") {
        const client = new pg.Client({ connectionString: server });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        } finally {
          await client.end();
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
