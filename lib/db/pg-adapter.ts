import { PrismaPg } from "@prisma/adapter-pg";

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgTransaction = Awaited<ReturnType<PgAdapter["startTransaction"]>>;

/** The statements Prisma 6 sends itself to end a transaction on this adapter. */
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\s*$/i;

/**
 * Prisma 6.19's transaction manager gives a transaction's connection back to the pool
 * (`commit()`/`rollback()`) only once its COMMIT or ROLLBACK statement succeeded. Under
 * SERIALIZABLE, PostgreSQL may refuse the COMMIT itself (40001, "during commit attempt"):
 * writeTransaction runs the write again, but the connection stayed checked out for good.
 * Each such conflict took one connection from the pool, until requests waited for one in
 * vain, and $disconnect() (which waits for every connection) never ended. A refused
 * COMMIT or ROLLBACK ends the transaction on the server, so the connection is given back
 * as the adapter would have; later Prisma versions also do so, hence at most once.
 */
function givenBackOnFailedEnd(tx: PgTransaction): PgTransaction {
  let givenBack = false;
  const once = (end: () => Promise<void>) => async () => {
    if (givenBack) return;
    givenBack = true;
    await end();
  };
  const commit = once(tx.commit.bind(tx));
  const rollback = once(tx.rollback.bind(tx));
  const executeRaw = tx.executeRaw.bind(tx);
  return Object.assign(tx, {
    commit,
    rollback,
    async executeRaw(query: Parameters<PgTransaction["executeRaw"]>[0]) {
      try {
        return await executeRaw(query);
      } catch (error) {
        // rollback() sends nothing: it gives the connection back (the pool drops a broken one).
        if (ENDS_TRANSACTION.test(query.sql)) await rollback().catch(() => undefined);
        throw error;
      }
    },
  });
}

/** PrismaPg whose transactions never keep their connection after a failed COMMIT or ROLLBACK. */
export class PgAdapterFactory extends PrismaPg {
  override async connect(): Promise<PgAdapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => givenBackOnFailedEnd(await startTransaction(isolationLevel));
    return adapter;
  }
}
