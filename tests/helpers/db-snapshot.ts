import { dialectOf, type Db } from "../../lib/db/client";

/**
 * Every row of every table, read through the client on either provider: two snapshots
 * are equal only if nothing at all was written in between (updatedAt columns included).
 * Await it: a pending snapshot compares equal to anything.
 */
export async function snapshotDatabase(db: Db): Promise<Record<string, unknown[]>> {
  const tables = await dialectOf(db).listTables(db);
  const snapshot: Record<string, unknown[]> = {};
  for (const name of tables) snapshot[name] = await db.$queryRawUnsafe(`SELECT * FROM "${name}" ORDER BY 1`);
  return snapshot;
}
