import { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "./client";
import { dialectOf, providerOfDb } from "./client";
import { DatabaseBusyError } from "./busy";
import { LOCK_WAIT_MS } from "./sqlite-adapter";

export interface WriteTransactionOptions {
  /** The longest the transaction may run once it holds the lock (Prisma's `timeout`). */
  timeoutMs?: number;
}

/** What a piece of a long write may take, so that a person's save waits at most about this long. */
export const PIECE_TIMEOUT_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Prisma reports an error thrown while a transaction starts in its own wrapping; the
 * busy case is told apart by its message, which our adapter wrote.
 */
function asBusy(error: unknown): DatabaseBusyError | null {
  if (error instanceof DatabaseBusyError) return error;
  const message = (error as { message?: string })?.message ?? "";
  return /database stayed busy/.test(message) ? new DatabaseBusyError(LOCK_WAIT_MS) : null;
}

/** Times a PostgreSQL transaction is run again after a serialization failure or deadlock. */
const MAX_RETRIES = 5;

/**
 * Runs `write` in one transaction as if no other writer ran meanwhile:
 * - SQLite: the transaction holds the write lock from its first statement (see
 *   sqlite-adapter.ts); concurrent writers, in this process or another, wait their turn (up
 *   to LOCK_WAIT_MS). A writer that still cannot get the lock gets a DatabaseBusyError, and
 *   nothing is written.
 * - PostgreSQL: SERIALIZABLE isolation, so that two writers' reads and writes cannot
 *   interleave into a state neither would have made (two imports creating the same slug,
 *   two checks storing the same flags); the one the database stops (40001, or a deadlock)
 *   is run again from the start, up to MAX_RETRIES times. `write` must therefore not have
 *   side effects outside the transaction.
 */
export async function writeTransaction<T>(db: Db, write: (tx: Tx) => Promise<T>, options: WriteTransactionOptions = {}): Promise<T> {
  const serializable = providerOfDb(db) === "postgresql";
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(write, {
        // Waiting for the lock happens while the transaction starts: Prisma's maxWait must allow it.
        maxWait: LOCK_WAIT_MS + 5_000,
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        ...(serializable ? { isolationLevel: Prisma.TransactionIsolationLevel.Serializable } : {}),
      });
    } catch (error) {
      if (serializable && attempt < MAX_RETRIES && dialectOf(db).isWriteConflict(error)) {
        // A little later, at a random moment: the writers that collided do not collide again.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        continue;
      }
      throw asBusy(error) ?? error;
    }
  }
}
