import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseFilePath, resolveDatabaseUrl } from "./lib/db/url";

const url = resolveDatabaseUrl();
// The schema's datasource still needs a URL to validate; the adapter below is what connects.
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    fs.mkdirSync(path.dirname(databaseFilePath(url)), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
