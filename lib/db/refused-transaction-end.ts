/** The statements Prisma 6 sends itself to end a transaction (the adapters' usePhantomQuery is false). */
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\s*$/i;

/** What of a driver adapter's transaction ending it touches (both adapters' Transaction). */
interface EndableTransaction {
  executeRaw(query: { sql: string }): Promise<number>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/**
 * Prisma 6.19's transaction manager hands a transaction's connection back
 * (`commit()`/`rollback()`) only once its COMMIT or ROLLBACK statement succeeded. When the
 * database refuses the COMMIT, the connection stayed taken for good: on PostgreSQL a
 * SERIALIZABLE conflict found at COMMIT (40001) took one pooled connection each time, until
 * requests waited for one in vain and $disconnect() never ended; on SQLite a constraint
 * checked at COMMIT left the one shared connection inside the refused transaction, every
 * later write transaction waiting for it forever and every later read seeing its writes.
 * Here a refused COMMIT or ROLLBACK runs `abandon` (whatever the database needs for the
 * transaction to be over: nothing on PostgreSQL, which ends it; a ROLLBACK on SQLite, which
 * keeps it open), then hands the connection back. At most once: later Prisma versions hand
 * it back themselves.
 */
export function handedBackWhenEndRefused<T extends EndableTransaction>(tx: T, abandon: () => void = () => {}): T {
  let handedBack = false;
  const once = (end: () => Promise<void>) => async () => {
    if (handedBack) return;
    handedBack = true;
    await end();
  };
  const commit = once(tx.commit.bind(tx));
  const rollback = once(tx.rollback.bind(tx));
  const executeRaw = tx.executeRaw.bind(tx);
  return Object.assign(tx, {
    commit,
    rollback,
    async executeRaw(query: { sql: string }) {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (ENDS_TRANSACTION.test(query.sql)) {
          try {
            abandon();
          } catch {
            // The refused COMMIT's error is the one to report; a connection still inside the
            // transaction refuses the next BEGIN, loudly, rather than keep every writer waiting.
          }
          // rollback() sends nothing: it hands the connection back.
          await rollback().catch(() => undefined);
        }
        throw error;
      }
    },
  });
}
