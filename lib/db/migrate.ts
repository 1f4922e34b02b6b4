import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { UserError } from "../errors";
import { dialectFor } from "./dialect";
import type { AppliedMigration, Migration } from "./dialect/types";
import { describeDatabase, providerOf, type Provider } from "./url";

// Fixed when this module loads (from the project's folder), so that a command that later
// moves to the user's folder still finds the migrations.
const PROJECT_ROOT = process.cwd();

/**
 * Each provider's migrations, one directory per migration with the same names on both
 * (a test keeps them paired): SQLite's where Prisma keeps them, PostgreSQL's beside its
 * generated schema.
 */
export function migrationsDir(provider: Provider, root = PROJECT_ROOT): string {
  return provider === "sqlite" ? path.join(root, "prisma", "migrations") : path.join(root, "prisma", "postgresql", "migrations");
}

/** A provider's migrations in the order they apply (their names start with a timestamp). */
export function readMigrations(provider: Provider, dir = migrationsDir(provider)): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /^\d/.test(name) && fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Where a database stands against the migrations of this code. */
export interface MigrationState {
  /** Not applied yet, in order. */
  pending: string[];
  /** Applied, but unknown to this code: the database was migrated by a newer version. */
  unknown: string[];
  /** Started and never finished (a failed `prisma migrate deploy`). */
  failed: string[];
}

function compare(migrations: Migration[], applied: AppliedMigration[]): MigrationState {
  const done = new Set(applied.filter((m) => m.finished).map((m) => m.name));
  const known = new Set(migrations.map((m) => m.name));
  return {
    pending: migrations.filter((m) => !done.has(m.name)).map((m) => m.name),
    unknown: [...done].filter((name) => !known.has(name)),
    failed: applied.filter((m) => !m.finished).map((m) => m.name),
  };
}

/** The one line that says a migration is stuck half-applied, and what to do. */
function failedMessage(url: string, failed: string[]): string {
  return `${describeDatabase(url)}: migration ${failed[0]} started earlier and never finished; restore a backup, or repair it by hand and mark it rolled back in "_prisma_migrations"`;
}

/**
 * Applies the pending migrations to the database at `url`, creating it (its file and
 * folder, or its PostgreSQL schema) when missing. Each migration runs in its own
 * transaction under a lock, so that two set-ups at once apply each migration once.
 * Databases made by `prisma migrate deploy` keep working: the runner reads and writes the
 * same `_prisma_migrations` table. Returns the names applied. A failure is one line.
 */
export async function applyMigrations(url: string, dir?: string): Promise<string[]> {
  const provider = providerOf(url);
  const dialect = dialectFor(provider);
  const migrations = readMigrations(provider, dir);
  const where = describeDatabase(url);
  const newlyApplied: string[] = [];
  const reason = (error: unknown) => dialect.explain(error, url)?.replace(`${where}: `, "") ?? (error as Error).message.split("\n")[0];
  let session;
  try {
    session = await dialect.openSession(url, { create: true });
  } catch (error) {
    throw new UserError(`${where}: migrations could not be applied: ${reason(error)}`);
  }
  let current: string | undefined;
  try {
    for (;;) {
      const next = await session.locked(async (locked) => {
        const state = compare(migrations, await locked.applied());
        if (state.failed.length) throw new UserError(failedMessage(url, state.failed));
        const migration = migrations.find((m) => m.name === state.pending[0]);
        current = migration?.name;
        if (migration) await locked.apply(migration);
        return migration;
      });
      if (!next) return newlyApplied;
      newlyApplied.push(next.name);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${where}: migrations could not be applied${current ? ` (${current}, rolled back)` : ""}: ${reason(error)}`);
  } finally {
    await session.close();
  }
}

/**
 * Why the database at `url` cannot be used by this code, in one line that says what to
 * do, or undefined when it can: missing, a folder, read-only, unreachable, not set up, or
 * behind (or ahead of) this code's migrations. Never creates anything.
 */
export async function checkDatabase(url: string): Promise<string | undefined> {
  const provider = providerOf(url);
  const dialect = dialectFor(provider);
  const where = describeDatabase(url);
  const problem = await dialect.precheck(url);
  if (problem) return problem;
  let session;
  try {
    session = await dialect.openSession(url, { create: false });
  } catch (error) {
    return dialect.explain(error, url) ?? `${where} cannot be opened: ${(error as Error).message.split("\n")[0]}`;
  }
  try {
    const applied = await session.applied();
    if (applied === null) return `${where} is not set up (no migrations applied): run \`npm run db:setup\``;
    const state = compare(readMigrations(provider), applied);
    if (state.failed.length) return failedMessage(url, state.failed);
    if (state.unknown.length) return `${where} was migrated by a newer version of Vis-à-vis (${state.unknown.at(-1)}): update this copy of the code`;
    if (state.pending.length) {
      return `${where} lacks ${state.pending.length} migration${state.pending.length === 1 ? "" : "s"} (${state.pending.at(-1)}): run \`npm run db:setup\``;
    }
    return undefined;
  } catch (error) {
    return dialect.explain(error, url) ?? `${where} cannot be read: ${(error as Error).message.split("\n")[0]}`;
  } finally {
    await session.close();
  }
}
