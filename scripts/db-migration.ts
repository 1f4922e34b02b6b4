import { Command } from "commander";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isSearchTable } from "../lib/db/dialect/search-tables";
import { applyMigrations, migrationsDir, readMigrations } from "../lib/db/migrate";
import { describePostgresSchema, dropPostgresSchema } from "../lib/db/postgres-schemas";
import { postgresTarget, type Provider } from "../lib/db/url";
import { UserError } from "../lib/errors";
import { ONE_LINE_ERRORS, runCommand } from "./cli";
// @ts-expect-error -- a plain .mjs module shared with db:generate, without type declarations
import { POSTGRESQL_SCHEMA, SQLITE_SCHEMA, postgresqlSchemaOf, writePostgresqlSchema } from "./postgresql-schema.mjs";

// Writes migrations for both providers, as Prisma's `migrate diff` computes them, without
// `migrate dev` (which fails with the JS engine) and without Prisma's shadow database
// (which cannot replay SQLite migrations through the adapter): a shadow database is made
// by our own runner (lib/db/migrate.ts), introspected with `prisma db pull`, and compared
// with the schema. PostgreSQL's are checked in a throwaway schema on a local server.

const ROOT = path.join(__dirname, "..");
const PRISMA = path.join(ROOT, "scripts", "prisma.mjs");
const SHADOW_SERVER = process.env.SHADOW_DATABASE_URL || process.env.TEST_POSTGRES_URL || "postgresql://vis_a_vis:vis_a_vis@127.0.0.1:5432/vis_a_vis_test";
const EMPTY = "-- This is an empty migration.";

function prisma(args: string[], databaseUrl: string): string {
  const result = spawnSync(process.execPath, [PRISMA, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  if (result.status !== 0) throw new UserError(`prisma ${args[0]} ${args[1] ?? ""} failed: ${(result.stderr || result.stdout).trim().split("\n").slice(-3).join(" ")}`);
  return result.stdout;
}

/** A database holding exactly `migrations` (applied by the runner), for `work`; then dropped. */
async function withShadow<T>(provider: Provider, migrations: string[], work: (url: string) => Promise<T>): Promise<T> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-migrations-"));
  try {
    for (const name of migrations) fs.cpSync(path.join(migrationsDir(provider), name), path.join(tmp, name), { recursive: true });
    return await withShadowDir(provider, tmp, work);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** A database holding the migrations of folder `dir`, for `work`; then dropped. */
async function withShadowDir<T>(provider: Provider, dir: string, work: (url: string) => Promise<T>): Promise<T> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-shadow-"));
  const schema = `shadow_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 6)}`;
  const server = postgresTarget(SHADOW_SERVER).connectionString;
  const url = provider === "sqlite" ? `file:${path.join(tmp, "shadow.db")}` : `${server}${server.includes("?") ? "&" : "?"}schema=${schema}`;
  try {
    await applyMigrations(url, dir);
    return await work(url);
  } finally {
    if (provider === "postgresql") await dropPostgresSchema(server, schema);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The datamodel of a database, as `prisma db pull` writes it (into a copy of `base`),
 * without the full-text index's tables: Prisma cannot describe them (lib/db/dialect/search-tables.ts),
 * and a diff must neither miss nor drop them.
 */
function pull(url: string, base: string, into: string): string {
  fs.copyFileSync(base, into);
  prisma(["db", "pull", "--schema", into], url);
  const models = fs.readFileSync(into, "utf8").replace(/(?:\/\/\/[^\n]*\n)*model (\w+) \{[^}]*\}\n*/g, (model, name: string) => (isSearchTable(name) ? "" : model));
  fs.writeFileSync(into, models);
  return into;
}

/**
 * The datamodel the SQLite migrations `applied` give, introspected from a shadow database;
 * as PostgreSQL's when asked. PostgreSQL databases cannot be introspected through the pg
 * adapter (Prisma 6.19.3 fails to describe them, prisma/orm#27403), but each PostgreSQL
 * migration is its SQLite twin's counterpart, so the SQLite state stands for both.
 */
async function stateAfter(applied: string[], provider: Provider, into: string): Promise<string> {
  await withShadow("sqlite", applied, async (url) => pull(url, SQLITE_SCHEMA, into));
  if (provider === "postgresql") fs.writeFileSync(into, postgresqlSchemaOf(fs.readFileSync(into, "utf8")));
  return into;
}

/** The SQL that takes the state after SQLite migrations `applied` to the datamodel in `target`, for `provider`. */
async function diff(provider: Provider, applied: string[], target: string): Promise<string> {
  const from = await stateAfter(applied, provider, path.join(os.tmpdir(), `vis-a-vis-from-${process.pid}-${provider}.prisma`));
  try {
    const url = provider === "sqlite" ? `file:${path.join(os.tmpdir(), `vis-a-vis-diff-${process.pid}.db`)}` : SHADOW_SERVER;
    return prisma(["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", target, "--script"], url).trim();
  } finally {
    fs.rmSync(from, { force: true });
  }
}

const names = (provider: Provider) => readMigrations(provider).map((m) => m.name);
const missingTwins = () => names("sqlite").filter((n) => !names("postgresql").includes(n));

function write(provider: Provider, name: string, sql: string): void {
  const file = path.join(migrationsDir(provider), name, "migration.sql");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${sql}\n`);
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

/** Statements Prisma never writes (triggers, data): they need porting by hand. */
function handWritten(sql: string): string[] {
  return sql
    .split("\n")
    .filter((line) => /^\s*(CREATE\s+TRIGGER|INSERT|UPDATE|DELETE)\b/i.test(line) && !/^\s*INSERT INTO "new_/i.test(line))
    .map((line) => line.trim().slice(0, 80));
}

async function twins(): Promise<void> {
  const missing = missingTwins();
  if (!missing.length) return void console.log("every SQLite migration has its PostgreSQL twin");
  for (const name of missing) {
    const sqliteNames = names("sqlite");
    const index = sqliteNames.indexOf(name);
    const target = await stateAfter(sqliteNames.slice(0, index + 1), "postgresql", path.join(os.tmpdir(), `vis-a-vis-target-${process.pid}.prisma`));
    const sql = await diff("postgresql", sqliteNames.slice(0, index), target);
    fs.rmSync(target, { force: true });
    write("postgresql", name, sql === EMPTY ? "-- Nothing to change on PostgreSQL." : sql);
    const manual = handWritten(readMigrations("sqlite").find((m) => m.name === name)!.sql);
    if (manual.length) console.log(`  PORT BY HAND: ${name}'s SQLite script has statements Prisma does not write:\n    ${manual.join("\n    ")}`);
  }
}

async function create(name: string, timestamp: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new UserError(`NAME: "${name}" must be lower case letters, digits and underscores`);
  if (missingTwins().length) throw new UserError(`SQLite migrations without a PostgreSQL twin (${missingTwins().join(", ")}): run \`npm run db:migration -- --postgresql-twins\` first`);
  const dirName = `${timestamp}_${name}`;
  // Read once: once the SQLite migration is written, it would count as applied for PostgreSQL's diff.
  const applied = names("sqlite");
  let wrote = false;
  for (const provider of ["sqlite", "postgresql"] as const) {
    const sql = await diff(provider, applied, provider === "sqlite" ? SQLITE_SCHEMA : POSTGRESQL_SCHEMA);
    if (sql === EMPTY) continue;
    write(provider, dirName, sql);
    wrote = true;
  }
  if (!wrote) console.log("the migrations already give the schema: nothing written");
}

/**
 * Both providers' migrations give the schema: SQLite's introspected state equals it, and
 * PostgreSQL's migrations, applied to one shadow schema, describe the same tables,
 * constraints and indexes as the schema's own SQL applied to another.
 */
async function check(): Promise<void> {
  const problems: string[] = [];
  if (missingTwins().length) problems.push(`SQLite migrations without a PostgreSQL twin: ${missingTwins().join(", ")}`);
  const sqlite = await diff("sqlite", names("sqlite"), SQLITE_SCHEMA);
  if (sqlite !== EMPTY) problems.push(`sqlite: the migrations do not give prisma/schema.prisma; missing:\n${sqlite}`);
  const whole = path.join(os.tmpdir(), `vis-a-vis-whole-${process.pid}`);
  fs.mkdirSync(path.join(whole, "00000000000000_schema"), { recursive: true });
  fs.writeFileSync(path.join(whole, "00000000000000_schema", "migration.sql"), prisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", POSTGRESQL_SCHEMA, "--script"], SHADOW_SERVER));
  try {
    const fromMigrations = await withShadow("postgresql", names("postgresql"), describePostgresSchema);
    const fromSchema = await withShadowDir("postgresql", whole, describePostgresSchema);
    const extra = fromMigrations.filter((l) => !fromSchema.includes(l));
    const lacking = fromSchema.filter((l) => !fromMigrations.includes(l));
    if (extra.length || lacking.length) problems.push(`postgresql: the migrations do not give the schema; lacking: ${lacking.join("; ") || "nothing"}; extra: ${extra.join("; ") || "nothing"}`);
  } finally {
    fs.rmSync(whole, { recursive: true, force: true });
  }
  if (problems.length) throw new UserError(problems.join("\n"));
  console.log("both providers' migrations give the schema");
}

const program = new Command("db:migration")
  .description("Write the SQLite and PostgreSQL migrations that bring the databases to prisma/schema.prisma.")
  .argument("[name]", "the migration's name (lower case, underscores)")
  .option("--timestamp <YYYYMMDDHHMMSS>", "the directory's timestamp (default: now, UTC)")
  .option("--postgresql-twins", "write the PostgreSQL migration of each SQLite migration that has none (after merging branches)")
  .option("--check", "exit 1 unless both providers' migrations give the schema and every migration has its twin")
  .configureOutput(ONE_LINE_ERRORS);

runCommand(async () => {
  program.parse();
  process.chdir(ROOT);
  writePostgresqlSchema();
  const options = program.opts<{ timestamp?: string; postgresqlTwins?: boolean; check?: boolean }>();
  if (options.check) return check();
  if (options.postgresqlTwins) return twins();
  const [name] = program.args;
  if (!name) throw new UserError("NAME: give the new migration a name, or --postgresql-twins, or --check (see --help)");
  await create(name, options.timestamp ?? new Date().toISOString().replace(/\D/g, "").slice(0, 14));
});
