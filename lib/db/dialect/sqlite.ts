import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../client";
import { databaseFilePath } from "../url";
import { isSearchTable } from "./search-tables";
import type { AppliedMigration, Dialect, FullTextTerm, LockedMigrations, Migration, MigrationSession } from "./types";

// The one place with SQLite-only SQL.

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** sha256_hex(text): what migrations use to fill hash columns (SQLite has no hash function). */
function registerFunctions(sqlite: Database.Database): void {
  sqlite.function("sha256_hex", { deterministic: true }, (text: unknown) =>
    text === null ? null : createHash("sha256").update(String(text), "utf8").digest("hex"),
  );
}

function readApplied(sqlite: Database.Database): AppliedMigration[] | null {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
  if (!table) return null;
  const rows = sqlite
    .prepare(`SELECT migration_name AS name, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`)
    .all() as { name: string; finished: number }[];
  return rows.map((r) => ({ name: r.name, finished: Boolean(r.finished) }));
}

class SqliteSession implements MigrationSession {
  constructor(private readonly sqlite: Database.Database) {}

  async applied(): Promise<AppliedMigration[] | null> {
    return readApplied(this.sqlite);
  }

  async locked<T>(work: (migrations: LockedMigrations) => Promise<T>): Promise<T> {
    const sqlite = this.sqlite;
    // Foreign keys off for the transaction, as SQLite's procedure for schema changes says:
    // Prisma rebuilds a table to change it (drop, then rename a copy), and with them on,
    // dropping a parent table would delete or null every row pointing at it. The keys are
    // checked by foreign_key_check before the commit instead.
    sqlite.pragma("foreign_keys = OFF");
    sqlite.exec("BEGIN IMMEDIATE");
    try {
      sqlite.exec(MIGRATIONS_TABLE);
      const result = await work({
        applied: async () => readApplied(sqlite) ?? [],
        apply: async (migration: Migration) => {
          const started = new Date().toISOString();
          sqlite.exec(migration.sql);
          const broken = sqlite.pragma("foreign_key_check") as { table: string; parent: string }[];
          if (broken.length) throw new Error(`migration ${migration.name} leaves ${broken.length} rows of "${broken[0].table}" pointing at missing "${broken[0].parent}" rows`);
          sqlite
            .prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`)
            .run(randomUUID(), migration.checksum, new Date().toISOString(), migration.name, started);
        },
      });
      sqlite.exec("COMMIT");
      return result;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    } finally {
      sqlite.pragma("foreign_keys = ON");
    }
  }

  async close(): Promise<void> {
    this.sqlite.close();
  }
}

/**
 * An FTS5 phrase: the words as one quoted string (a `"` inside doubled), `*` after it for
 * a prefix. Nothing of the user's text is read as FTS5 syntax (NEAR, AND, -, ^, columns).
 */
const fts5Phrase = (term: FullTextTerm): string => `"${term.words.map((w) => w.replace(/"/g, '""')).join(" ")}"${term.prefix ? "*" : ""}`;

const codeOf = (error: unknown): string => {
  const e = error as { code?: unknown; cause?: { code?: unknown; originalCode?: unknown }; message?: unknown } | null;
  return [e?.code, e?.cause?.code, e?.cause?.originalCode, e?.message].filter((v) => typeof v === "string").join(" ");
};

export const sqliteDialect: Dialect = {
  provider: "sqlite",

  async openSession(url, { create }) {
    const file = databaseFilePath(url);
    if (create) fs.mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new Database(file, { fileMustExist: !create });
    registerFunctions(sqlite);
    return new SqliteSession(sqlite);
  },

  async precheck(url) {
    const file = databaseFilePath(url);
    if (file === ":memory:") return undefined;
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return `${file} is a folder, not a database file: check DATABASE_URL`;
    if (!stat) {
      const folder = path.dirname(file);
      return fs.existsSync(folder)
        ? `no database at ${file}: run \`npm run db:setup\` to create it, or check DATABASE_URL`
        : `no database at ${file} (the folder ${folder} does not exist): check DATABASE_URL, or run \`npm run db:setup\` to create it`;
    }
    for (const target of [file, path.dirname(file)]) {
      try {
        // The folder too: SQLite writes its journal or write-ahead log beside the file.
        fs.accessSync(target, fs.constants.R_OK | fs.constants.W_OK);
      } catch {
        return `${file} is read-only (${target === file ? "the file" : `its folder ${target}`}): check its permissions`;
      }
    }
    return undefined;
  },

  explain(error, url) {
    const file = databaseFilePath(url);
    const code = codeOf(error);
    if (/SQLITE_BUSY|database is locked|SocketTimeout/i.test(code)) {
      return `${file}: the database is in use by another process (a running reader or command); stop it and try again`;
    }
    if (/SQLITE_NOTADB|file is not a database/i.test(code)) return `${file} is not a SQLite database: check DATABASE_URL`;
    if (/SQLITE_READONLY|readonly database/i.test(code)) return `${file} is read-only: check its permissions`;
    if (/SQLITE_CANTOPEN|unable to open database/i.test(code)) return `${file} cannot be opened: check DATABASE_URL and the permissions of the file and its folder`;
    return undefined;
  },

  isWriteConflict(error) {
    return /SQLITE_BUSY|database is locked|SocketTimeout/i.test(codeOf(error));
  },

  async listTables(db: Db) {
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    );
    return rows.map((r) => r.name).filter((name) => !isSearchTable(name));
  },

  searchParagraphIds(side, term) {
    const index = Prisma.raw(side === "fr" ? '"SourceParagraphSearch"' : '"TargetParagraphSearch"');
    return Prisma.sql`SELECT "rowid" AS "id" FROM ${index} WHERE ${index} MATCH ${fts5Phrase(term)}`;
  },
};
