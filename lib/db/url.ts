import path from "node:path";

/** Where the embedded database lives when DATABASE_URL is not set (ignored by git). */
export const DEFAULT_DATABASE_FILE = path.join("data", "vis-a-vis.db");

/**
 * The SQLite file URL the app, the scripts and the Prisma CLI all use. A relative
 * `file:` path is resolved against the working directory, never against prisma/ as the
 * Prisma CLI would, so that every front door opens the same file.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (!raw.startsWith("file:")) {
    throw new Error(`DATABASE_URL: only SQLite "file:" URLs are supported for now, got "${raw}"`);
  }
  const file = raw.slice("file:".length);
  if (file === ":memory:") return raw;
  return `file:${path.resolve(file)}`;
}

/** The file system path of a `file:` database URL. */
export function databaseFilePath(url: string): string {
  return url.replace(/^file:/, "");
}
