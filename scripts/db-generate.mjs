#!/usr/bin/env node
// `npm run db:generate`: one Prisma client per provider, both from prisma/schema.prisma.
// lib/db/client.ts picks one from DATABASE_URL.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SQLITE_SCHEMA, writePostgresqlSchema } from "./postgresql-schema.mjs";

const prisma = path.join(path.dirname(fileURLToPath(import.meta.url)), "prisma.mjs");
for (const schema of [SQLITE_SCHEMA, writePostgresqlSchema()]) {
  const result = spawnSync(process.execPath, [prisma, "generate", "--schema", schema], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
