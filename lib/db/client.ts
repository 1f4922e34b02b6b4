import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresClient } from "../generated/prisma-pg/client";
import { poolConfig } from "./dialect/postgresql";
import { PgAdapterFactory } from "./pg-adapter";
import { dialectFor, type Dialect } from "./dialect";
import { LOCK_WAIT_MS, sqliteAdapter } from "./sqlite-adapter";
import { providerOf, resolveDatabaseUrl, type Provider } from "./url";

/**
 * The client type the code is written against. Both providers' clients are generated
 * from the same models (prisma/postgresql/schema.prisma is derived from
 * prisma/schema.prisma), so the PostgreSQL client has this very shape.
 */
export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)` callbacks. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const providers = new WeakMap<Db, Provider>();

/**
 * Starting a transaction includes waiting for the write lock (sqlite-adapter.ts), and on
 * PostgreSQL for row locks: Prisma's default of 2 s would cut that short while another
 * process imports.
 */
const TRANSACTION_OPTIONS = { maxWait: LOCK_WAIT_MS + 5_000, timeout: 30_000 };

function createSqliteClient(url: string): Db {
  return new PrismaClient({ adapter: sqliteAdapter(url), transactionOptions: TRANSACTION_OPTIONS });
}

// Imported, not required on first use: the app's bundler (Turbopack) turns a lazy
// require of these into undefined, and the server could not start on PostgreSQL.
function createPostgresClient(url: string): Db {
  const { schema, ...config } = poolConfig(url);
  const client = new PostgresClient({ adapter: new PgAdapterFactory(config, { schema }), transactionOptions: TRANSACTION_OPTIONS });
  // Same models, same API (see Db); the two generated types differ only in name.
  return client as unknown as Db;
}

/** A new client on the given database URL (tests use one per temporary database). */
export function createDb(url: string = resolveDatabaseUrl()): Db {
  const provider = providerOf(url);
  const db = provider === "sqlite" ? createSqliteClient(url) : createPostgresClient(url);
  providers.set(db, provider);
  return db;
}

/** The provider a client created by createDb talks to (SQLite for any other client). */
export function providerOfDb(db: Db): Provider {
  return providers.get(db) ?? "sqlite";
}

/** Provider-specific behaviour for a client: its write-conflict test, its tables. */
export function dialectOf(db: Db): Dialect {
  return dialectFor(providerOfDb(db));
}

// One client per process. Next.js reloads modules in development, so the instance lives
// on globalThis rather than in this module's scope.
const holder = globalThis as unknown as { visAVisDb?: Db };

/** The process-wide client on DATABASE_URL. */
export function getDb(): Db {
  holder.visAVisDb ??= createDb();
  return holder.visAVisDb;
}
