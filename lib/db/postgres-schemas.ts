import pg from "pg";
import { SEARCH_TABLES } from "./dialect/search-tables";
import { postgresTarget } from "./url";

// For `npm run db:migration` (scripts/db-migration.ts), which checks migrations in
// throwaway PostgreSQL schemas: the pg driver stays in lib/db.

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops schema `schema` and everything in it, on the server at `serverUrl`. */
export function dropPostgresSchema(serverUrl: string, schema: string): Promise<void> {
  return withClient(serverUrl, async (client) => void (await client.query(`DROP SCHEMA IF EXISTS "${schema.replace(/"/g, '""')}" CASCADE`)));
}

/**
 * Columns, constraints and indexes of the PostgreSQL schema `url` names, as sorted lines:
 * two equal lists are the same schema. The full-text index's tables are not Prisma's
 * (lib/db/dialect/search-tables.ts) and are left out.
 */
export function describePostgresSchema(url: string): Promise<string[]> {
  const { connectionString, schema } = postgresTarget(url);
  return withClient(connectionString, async (client) => {
    const rows = await client.query<{ line: string }>(
      `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
         FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_prisma_migrations' AND table_name <> ALL($2)
       UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
         WHERE connamespace = $1::regnamespace AND (SELECT relname FROM pg_class WHERE oid = conrelid) <> ALL($2)
       UNION ALL SELECT replace(indexdef, $1 || '.', '') FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations' AND tablename <> ALL($2)`,
      [schema, SEARCH_TABLES],
    );
    return rows.rows.map((r) => r.line.replaceAll(`${schema}.`, "").replaceAll(`"${schema}".`, "")).sort();
  });
}
