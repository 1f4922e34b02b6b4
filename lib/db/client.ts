import { PrismaClient } from "../generated/prisma/client";
import { LOCK_WAIT_MS, sqliteAdapter } from "./sqlite-adapter";
import { resolveDatabaseUrl } from "./url";

export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)` callbacks. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** A new client on the given SQLite URL (tests use one per temporary file). */
export function createDb(url: string = resolveDatabaseUrl()): Db {
  return new PrismaClient({
    adapter: sqliteAdapter(url),
    // Starting a transaction includes waiting for the write lock (sqlite-adapter.ts): Prisma's
    // default of 2 s would cut that short while another process imports.
    transactionOptions: { maxWait: LOCK_WAIT_MS + 5_000, timeout: 30_000 },
  });
}

// One client per process. Next.js reloads modules in development, so the instance lives
// on globalThis rather than in this module's scope.
const holder = globalThis as unknown as { visAVisDb?: Db };

/** The process-wide client on DATABASE_URL. */
export function getDb(): Db {
  holder.visAVisDb ??= createDb();
  return holder.visAVisDb;
}
