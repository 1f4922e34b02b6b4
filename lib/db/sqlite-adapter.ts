import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { DatabaseBusyError } from "./busy";
import { Mutex } from "./mutex";
import { handedBackWhenEndRefused } from "./refused-transaction-end";

type AdapterFactory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * How long a statement outside a transaction may block on another process's write lock.
 * better-sqlite3 waits synchronously, which stalls every request of a server, so this is
 * short: writers go through transactions, which wait asynchronously (below).
 */
export const BUSY_TIMEOUT_MS = 1_000;
/** How long a write transaction waits for the write lock before giving up. */
export const LOCK_WAIT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isBusy = (error: unknown) => /^SQLITE_BUSY/.test((error as { code?: string }).code ?? "");

/**
 * Takes the write lock up front (BEGIN IMMEDIATE). The Prisma adapter opens transactions
 * with a deferred BEGIN: a transaction that reads, then writes while another process
 * committed in between fails with SQLITE_BUSY_SNAPSHOT, which no busy timeout cures.
 * Taking the lock first makes every write transaction wait its turn instead; the wait is
 * a retry loop with sleeps, so a server keeps answering other requests meanwhile.
 */
async function beginImmediate(client: BetterSqlite3.Database, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      // A zero busy timeout for this one statement: the loop does the waiting.
      client.pragma("busy_timeout = 0");
      client.prepare("BEGIN IMMEDIATE").run();
      return;
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() + pause > deadline) throw new DatabaseBusyError(waitMs);
      await sleep(pause);
    } finally {
      client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  }
}

/**
 * The adapter's queries run on one better-sqlite3 connection; only how transactions
 * start differs. `client` is a plain property of the adapter in @prisma/adapter-better-sqlite3
 * 6.19.3 (pinned in package.json): there is no public way to change its BEGIN.
 */
function withImmediateTransactions(adapter: Adapter, waitMs: number): Adapter {
  const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
  // Transactions of one process share the connection: one at a time, the rest queue here.
  const mutex = new Mutex();
  const startTransaction = async (): Promise<Transaction> => {
    const release = await mutex.acquire();
    try {
      await beginImmediate(client, waitMs);
    } catch (error) {
      release();
      throw error;
    }
    const transaction: Transaction = {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => adapter.queryRaw(query),
      executeRaw: (query) => adapter.executeRaw(query),
      // Prisma sends COMMIT or ROLLBACK itself (usePhantomQuery: false); these only hand the connection on.
      commit: async () => release(),
      rollback: async () => release(),
    };
    // SQLite keeps a transaction whose COMMIT it refused (a deferred constraint, a full disk) open.
    return handedBackWhenEndRefused(transaction, () => {
      if (client.inTransaction) client.prepare("ROLLBACK").run();
    });
  };
  adapter.startTransaction = startTransaction;
  return adapter;
}

/**
 * The Prisma adapter factory for a SQLite file: write-ahead logging (readers never wait
 * for writers), a short busy timeout, and write transactions that take the lock first.
 */
export function sqliteAdapter(url: string, options: { lockWaitMs?: number } = {}): AdapterFactory {
  // fileMustExist: opening never creates a database (`npm run db:setup` does, lib/db/migrate.ts),
  // so a mistyped path is refused instead of leaving an empty file behind.
  const factory = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS, fileMustExist: true });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    // Stored in the file: a no-op once set, and set here so that every database (tests'
    // temporary ones too) behaves as the set-up one does.
    if (client.name !== ":memory:") client.pragma("journal_mode = WAL");
    return withImmediateTransactions(adapter, options.lockWaitMs ?? LOCK_WAIT_MS);
  };
  return factory;
}
