import type { Db } from "./client";

/**
 * The one place with SQLite-only SQL. Write-ahead logging lets the reader keep serving
 * pages while a command-line import or alignment writes; the setting is stored in the
 * database file, so setting it once at set-up is enough.
 */
export async function enableWriteAheadLog(db: Db): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}
