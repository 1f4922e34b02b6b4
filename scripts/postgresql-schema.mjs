// The PostgreSQL schema is generated from prisma/schema.prisma (Prisma 6 cannot take the
// datasource provider from the environment): the same models, another provider and
// another folder for its client. Nothing else may differ, so there is one schema to edit.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = path.join(ROOT, "prisma", "schema.prisma");
export const POSTGRESQL_SCHEMA = path.join(ROOT, "prisma", "postgresql", "schema.prisma");

/** The PostgreSQL twin of a SQLite schema's text; throws if the text is not shaped as expected. */
export function postgresqlSchemaOf(sqlite) {
  const replace = (text, pattern, replacement, what) => {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: ${what} not found; the PostgreSQL schema cannot be derived`);
    return text.replace(pattern, replacement);
  };
  let schema = replace(sqlite, /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'provider = "sqlite" in the datasource');
  schema = replace(schema, /(generator\s+client\s*\{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-pg"', 'output = "../lib/generated/prisma" in the generator');
  return `// GENERATED from prisma/schema.prisma by scripts/db-generate.mjs: edit that file, not this one.\n${schema}`;
}

/** Writes prisma/postgresql/schema.prisma (only when it changed, to keep its timestamp). */
export function writePostgresqlSchema() {
  const text = postgresqlSchemaOf(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  if (fs.existsSync(POSTGRESQL_SCHEMA) && fs.readFileSync(POSTGRESQL_SCHEMA, "utf8") === text) return POSTGRESQL_SCHEMA;
  fs.mkdirSync(path.dirname(POSTGRESQL_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRESQL_SCHEMA, text);
  return POSTGRESQL_SCHEMA;
}
