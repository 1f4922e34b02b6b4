import { randomUUID } from "node:crypto";
import pg from "pg";
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../client";
import { describeDatabase, postgresTarget } from "../url";
import { isSearchTable } from "./search-tables";
import type { AppliedMigration, Dialect, FullTextTerm, LockedMigrations, Migration, MigrationSession } from "./types";

// The one place with PostgreSQL-only SQL. Loaded only for a postgresql:// URL.

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Any constant: every process migrating this database waits on the same advisory lock. */
const MIGRATION_LOCK = 7_160_504_111;
const CONNECT_TIMEOUT_MS = 5_000;

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * node-postgres settings for a URL: Prisma's `?schema=` becomes the search path, so that
 * raw SQL with unqualified table names finds the same tables as Prisma's queries.
 */
export function poolConfig(url: string): pg.PoolConfig & { schema?: string } {
  const { connectionString, schema } = postgresTarget(url);
  return {
    connectionString,
    schema,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Backslash-escaped as libpq's options string wants: no spaces in our schema names.
    options: schema ? `-c search_path=${quoteIdent(schema).replace(/ /g, "\\ ")}` : undefined,
  };
}

async function readApplied(client: pg.ClientBase): Promise<AppliedMigration[] | null> {
  const table = await client.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
  if (!table.rows[0].t) return null;
  const rows = await client.query<{ name: string; finished: boolean }>(
    `SELECT migration_name AS name, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return rows.rows;
}

class PostgresSession implements MigrationSession {
  constructor(private readonly client: pg.Client) {}

  applied(): Promise<AppliedMigration[] | null> {
    return readApplied(this.client);
  }

  async locked<T>(work: (migrations: LockedMigrations) => Promise<T>): Promise<T> {
    const client = this.client;
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await client.query(MIGRATIONS_TABLE);
      const result = await work({
        applied: async () => (await readApplied(client)) ?? [],
        apply: async (migration: Migration) => {
          const started = new Date();
          // No parameters: the simple query protocol, which runs a script of many statements.
          await client.query(migration.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
            [randomUUID(), migration.checksum, migration.name, started],
          );
        },
      });
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/**
 * A tsquery: each word a quoted lexeme (quotes and backslashes escaped), followed by the
 * next (`<->`), `:*` on the last for a prefix. Nothing of the user's text is read as
 * tsquery syntax (&, |, !, <->, weights).
 */
const tsQuery = (term: FullTextTerm): string =>
  term.words.map((w, i) => `'${w.replace(/['\\]/g, "\\$&")}'${term.prefix && i === term.words.length - 1 ? ":*" : ""}`).join(" <-> ");

const codesOf = (error: unknown): string => {
  const e = error as { code?: unknown; errors?: { code?: unknown }[]; cause?: { code?: unknown; originalCode?: unknown; kind?: unknown }; message?: unknown } | null;
  const codes = [e?.code, e?.cause?.code, e?.cause?.originalCode, e?.cause?.kind, ...(e?.errors ?? []).map((x) => x?.code), e?.message];
  return codes.filter((v) => typeof v === "string").join(" ");
};

export const postgresqlDialect: Dialect = {
  provider: "postgresql",

  async openSession(url, { create }) {
    const { schema, ...config } = poolConfig(url);
    const client = new pg.Client(config);
    // A failed connection also emits 'error'; the rejected connect() below reports it.
    client.on("error", () => undefined);
    await client.connect();
    try {
      // Without its schema the search path is empty and nothing is found: "not set up".
      if (create && schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    } catch (error) {
      await client.end();
      throw error;
    }
    return new PostgresSession(client);
  },

  async precheck(url) {
    try {
      const session = await this.openSession(url, { create: false });
      await session.close();
      return undefined;
    } catch (error) {
      return this.explain(error, url) ?? `cannot connect to ${describeDatabase(url)}: ${(error as Error).message}`;
    }
  },

  explain(error, url) {
    const where = describeDatabase(url);
    const codes = codesOf(error);
    const user = (() => {
      try {
        return decodeURIComponent(new URL(url).username) || "(none)";
      } catch {
        return "(none)";
      }
    })();
    if (/ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|timeout expired|P1001|DatabaseNotReachable|Can't reach database/i.test(codes)) {
      return `cannot connect to ${where}: is the PostgreSQL server running? Check DATABASE_URL`;
    }
    if (/ENOTFOUND|EAI_AGAIN/.test(codes)) return `cannot connect to ${where}: unknown host; check DATABASE_URL`;
    if (/\b28P01\b|\b28000\b|P1000|AuthenticationFailed|password authentication/i.test(codes)) {
      return `${where}: the server refused user "${user}" (wrong password or no access): check DATABASE_URL`;
    }
    if (/\b3D000\b|P1003|DatabaseDoesNotExist/i.test(codes)) {
      return `${where} does not exist: create it (createdb NAME), then run \`npm run db:setup\``;
    }
    if (/\b40001\b|\b40P01\b|P2034/.test(codes)) return `${where}: a concurrent change got in the way; try again`;
    return undefined;
  },

  isWriteConflict(error) {
    return /\b40001\b|\b40P01\b|P2034/.test(codesOf(error));
  },

  async listTables(db: Db) {
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(
      // ::text: Prisma cannot read PostgreSQL's `name` type (prisma/orm#27403).
      `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    return rows.map((r) => r.name).filter((name) => !isSearchTable(name));
  },

  searchParagraphIds(side, term) {
    const index = Prisma.raw(side === "fr" ? '"SourceParagraphSearch"' : '"TargetParagraphSearch"');
    // 'simple': no stemming, no stop words; the same configuration as search_vector's.
    return Prisma.sql`SELECT "id" FROM ${index} WHERE "vector" @@ to_tsquery('simple', ${tsQuery(term)})`;
  },
};
