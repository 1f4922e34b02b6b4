import type { Db, Tx } from "./client";
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

/**
 * Runs `write` in one transaction that holds the write lock from its first statement
 * (see sqlite-adapter.ts): concurrent writers, in this process or another, wait their
 * turn (up to LOCK_WAIT_MS) instead of failing. A writer that still cannot get the lock
 * gets a DatabaseBusyError, and nothing is written.
 */
export async function writeTransaction<T>(db: Db, write: (tx: Tx) => Promise<T>, options: WriteTransactionOptions = {}): Promise<T> {
  try {
    return await db.$transaction(write, {
      // Waiting for the lock happens while the transaction starts: Prisma's maxWait must allow it.
      maxWait: LOCK_WAIT_MS + 5_000,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
  } catch (error) {
    throw asBusy(error) ?? error;
  }
}
