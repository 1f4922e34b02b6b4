import Database from "better-sqlite3";

/**
 * Every row of every table, read straight from the file: two snapshots are equal only if
 * nothing at all was written in between (updatedAt columns included).
 */
export function snapshotDb(file: string): Record<string, unknown[]> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
  } finally {
    sqlite.close();
  }
}
