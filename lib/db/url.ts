import path from "node:path";
import { UserError } from "../errors";

/** Where the embedded database lives when DATABASE_URL is not set (ignored by git). */
export const DEFAULT_DATABASE_FILE = path.join("data", "vis-a-vis.db");

/** The databases the code runs on, named as Prisma names their providers. */
export type Provider = "sqlite" | "postgresql";

/** Which database a URL names; anything but `file:` and `postgres(ql)://` is one line of refusal. */
export function providerOf(url: string): Provider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new UserError(
    `DATABASE_URL: ${scheme ? `"${scheme}:" databases are not supported` : `"${url}" is not a database URL`}; use file:PATH (SQLite) or postgresql://USER:PASSWORD@HOST:PORT/DATABASE`,
  );
}

/**
 * The database URL the app, the scripts and the Prisma CLI all use. A relative `file:`
 * path is resolved against the working directory, never against prisma/ as the Prisma
 * CLI would, so that every front door opens the same file. PostgreSQL URLs pass as given.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (providerOf(raw) === "postgresql") return raw;
  const file = raw.slice("file:".length);
  if (file === ":memory:") return raw;
  return `file:${path.resolve(file)}`;
}

/** The file system path of a `file:` database URL. */
export function databaseFilePath(url: string): string {
  return url.replace(/^file:/, "");
}

/** How node-postgres should connect for a PostgreSQL URL, and the schema Prisma should use. */
export interface PostgresTarget {
  /** The URL without Prisma's `schema` parameter, which node-postgres does not know. */
  connectionString: string;
  /** `?schema=NAME` (Prisma's convention); unset means PostgreSQL's default, `public`. */
  schema?: string;
}

export function postgresTarget(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`DATABASE_URL: "${redactedUrl(url)}" is not a valid PostgreSQL URL (postgresql://USER:PASSWORD@HOST:PORT/DATABASE)`);
  }
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}

/** The URL as messages may show it: never the password. */
export function redactedUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
}

/** What a message should call the database: the file's path, or the server and database. */
export function describeDatabase(url: string): string {
  if (providerOf(url) === "sqlite") return databaseFilePath(url);
  try {
    const { hostname, port, pathname, searchParams } = new URL(url);
    const schema = searchParams.get("schema");
    return `PostgreSQL database "${decodeURIComponent(pathname.slice(1))}" on ${hostname || "localhost"}:${port || 5432}${schema ? ` (schema ${schema})` : ""}`;
  } catch {
    return redactedUrl(url);
  }
}
