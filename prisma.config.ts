import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseFilePath, providerOf, resolveDatabaseUrl } from "./lib/db/url";

// The Prisma CLI on the database DATABASE_URL names, with that provider's schema and
// migrations. The app does not apply migrations through the CLI (`npm run db:setup` has
// its own runner, lib/db/migrate.ts); this serves generate, db pull, migrate diff, studio.
const url = resolveDatabaseUrl();
// The schema's datasource still needs a URL to validate; the adapter below is what connects.
process.env.DATABASE_URL = url;
const postgres = providerOf(url) === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgresql", "migrations") : path.join("prisma", "migrations") },
  async adapter() {
    if (!postgres) {
      fs.mkdirSync(path.dirname(databaseFilePath(url)), { recursive: true });
      return new PrismaBetterSQLite3({ url });
    }
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { poolConfig } = await import("./lib/db/dialect/postgresql");
    const { schema, ...config } = poolConfig(url);
    return new PrismaPg(config, { schema });
  },
});
