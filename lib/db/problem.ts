import { UserError } from "../errors";
import { dialectFor } from "./dialect";
import { checkDatabase } from "./migrate";
import { resolveDatabaseUrl } from "./url";

/** Errors raised by Prisma or a database driver, as opposed to bugs in our code. */
function fromDatabase(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown; severity?: unknown; message?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  // better-sqlite3 refuses a path in a missing folder with a plain TypeError.
  if (typeof e.message === "string" && /^Cannot open database because/.test(e.message)) return true;
  if (typeof e.name === "string" && /^PrismaClient|^DriverAdapterError$/.test(e.name)) return true;
  if (typeof e.code === "string" && /^SQLITE_|^E(CONNREFUSED|NOTFOUND|TIMEDOUT|HOSTUNREACH|AI_AGAIN)$/.test(e.code)) return true;
  // node-postgres's server errors carry a severity and a five-character SQLSTATE.
  return typeof e.severity === "string" && typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code);
}

/**
 * One line saying what to do when `error` came from a database that cannot be used
 * (missing, a folder, read-only, not set up, unreachable, busy); undefined for any other
 * error, which is a bug and keeps its stack. The database is examined afresh
 * (checkDatabase), so the line names the cause rather than the symptom.
 */
export async function databaseProblem(error: unknown, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (!fromDatabase(error)) return undefined;
  let url: string;
  try {
    url = resolveDatabaseUrl(env);
  } catch (invalid) {
    return invalid instanceof UserError ? invalid.message : undefined;
  }
  return (await checkDatabase(url).catch(() => undefined)) ?? dialectFor(url).explain(error, url);
}
