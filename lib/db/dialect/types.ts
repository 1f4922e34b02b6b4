import type { Db } from "../client";
import type { Prisma } from "../../generated/prisma/client";
import type { Provider } from "../url";

/** A migration directory's script, as the runner applies it. */
export interface Migration {
  /** The directory's name, `<timestamp>_<name>`: the same on both providers. */
  name: string;
  sql: string;
  /** SHA-256 of the script, as `prisma migrate deploy` records it. */
  checksum: string;
}

/** A row of `_prisma_migrations`, the table `prisma migrate deploy` kept and the runner keeps. */
export interface AppliedMigration {
  name: string;
  /** False for a migration that started and never finished (a failed `prisma migrate deploy`). */
  finished: boolean;
}

/** What the runner may do while it holds the database's migration lock. */
export interface LockedMigrations {
  applied(): Promise<AppliedMigration[]>;
  /** Applies one migration and records it, atomically. */
  apply(migration: Migration): Promise<void>;
}

/** A connection over the driver itself, for migrations and health checks. */
export interface MigrationSession {
  /** The applied migrations, or null when the database has no migrations table (not set up). */
  applied(): Promise<AppliedMigration[] | null>;
  /** Runs `work` in one transaction that holds the migration lock, the table created if needed. */
  locked<T>(work: (migrations: LockedMigrations) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * One term of a full-text search (lib/search/query.ts): words folded as lib/search/words.ts
 * folds them, a phrase when there are several (one after the other in the text); with
 * `prefix`, the last word may go on (`pyong` finds Pyongyang).
 */
export interface FullTextTerm {
  words: string[];
  prefix: boolean;
}

/**
 * Everything that differs between SQLite and PostgreSQL, one module per provider
 * (lib/db/dialect/sqlite.ts, lib/db/dialect/postgresql.ts): SQL that only one of them
 * speaks lives there and nowhere else, full-text search included (SQLite FTS5,
 * PostgreSQL tsvector: prisma/migrations/20261127140000_full_text_search).
 */
export interface Dialect {
  readonly provider: Provider;
  /**
   * A session over the driver (not Prisma: `prisma migrate deploy` with the pg adapter
   * fails, prisma/orm#27403). `create`: set-up may create the database file or schema;
   * everything else must find it there.
   */
  openSession(url: string, options: { create: boolean }): Promise<MigrationSession>;
  /** Why the database cannot be opened at all (missing, a folder, read-only, unreachable), or undefined. */
  precheck(url: string): Promise<string | undefined>;
  /** One line for a driver error this dialect recognises (busy, unreachable, refused), or undefined. */
  explain(error: unknown, url: string): string | undefined;
  /**
   * True when a write transaction failed only because another writer got in the way
   * (SQLite busy, PostgreSQL serialization failure 40001 or deadlock 40P01): running it
   * again may succeed. The hook for lib/db/write-transaction.ts's retries.
   */
  isWriteConflict(error: unknown): boolean;
  /** The application's tables, for whole-database snapshots (not the search index's: it is derived). */
  listTables(db: Db): Promise<string[]>;
  /**
   * A SELECT of one column, "id": the ids of the French (`fr`) or English paragraphs whose text
   * holds `term`, read from the search index (lib/db/dialect/search-tables.ts). The term
   * is bound as a parameter, written in the index's query language with every word quoted.
   */
  searchParagraphIds(side: "fr" | "en", term: FullTextTerm): Prisma.Sql;
}
