import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { runScript, ROOT } from "./helpers/run-script";
import { createTempDb, type TempDb } from "./helpers/temp-db";
import { testProvider } from "./helpers/test-provider";

jest.setTimeout(120_000);

/** Issue 12, finding 8: an unusable database is one line that says what to do, never a stack, and leaves nothing behind. */
const exportAll = (url: string) => runScript("export", ["--all", "--format", "tsv"], { DATABASE_URL: url });

function expectOneLine(result: { status: number | null; stderr: string }, pattern: RegExp): void {
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.status).toBe(1);
}

describe("a database that cannot be used", () => {
  let temp: TempDb;
  beforeAll(async () => (temp = await createTempDb()));
  afterAll(() => temp.close());
  const sqliteOnly = testProvider() === "sqlite" ? it : it.skip;
  const postgresOnly = testProvider() === "postgresql" ? it : it.skip;

  sqliteOnly("a path whose folder is missing: one line, and no folder or file is created", () => {
    const file = path.join(temp.dir, "missing", "dir", "vis.db");
    expectOneLine(exportAll(`file:${file}`), /^error: no database at .*vis\.db \(the folder .* does not exist\)/);
    expect(fs.existsSync(path.join(temp.dir, "missing"))).toBe(false);
  });

  sqliteOnly("a path with no database yet: one line pointing at db:setup, and no empty file left behind", () => {
    const file = path.join(temp.dir, "never.db");
    expectOneLine(exportAll(`file:${file}`), /^error: no database at .*never\.db: run `npm run db:setup`/);
    expect(fs.existsSync(file)).toBe(false);
  });

  sqliteOnly("a folder", () => {
    expectOneLine(exportAll(`file:${temp.dir}`), /is a folder, not a database file: check DATABASE_URL/);
  });

  sqliteOnly("a database that was never migrated", () => {
    const file = path.join(temp.dir, "empty.db");
    fs.writeFileSync(file, "");
    expectOneLine(exportAll(`file:${file}`), /empty\.db is not set up \(no migrations applied\): run `npm run db:setup`/);
  });

  sqliteOnly("a read-only database: a write is refused in one line naming the permissions", () => {
    const file = path.join(temp.dir, "readonly.db");
    fs.copyFileSync(temp.url.slice("file:".length), file);
    fs.chmodSync(file, 0o444);
    fs.chmodSync(temp.dir, 0o755);
    const article = path.join(temp.dir, "article.txt");
    fs.writeFileSync(article, "Un titre\n\nUn paragraphe.\n");
    fs.chmodSync(article, 0o644);
    // Root ignores file permissions: run the command as nobody, as a user would meet it.
    const asUser = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
    const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
    const [command, ...args] = [...asUser, tsx, path.join(ROOT, "scripts", "import.ts"), article, "--no-align"];
    const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}`, HOME: temp.dir, NO_COLOR: "1" }, encoding: "utf8" });
    expectOneLine(result, /readonly\.db is read-only .*: check its permissions/);
  });

  it("a URL of a database we do not support", () => {
    expectOneLine(exportAll("mysql://user@localhost/vis"), /^error: DATABASE_URL: "mysql:" databases are not supported; use file:PATH \(SQLite\) or postgresql:\/\//);
  });

  it("a PostgreSQL server that does not answer", () => {
    expectOneLine(exportAll("postgresql://vis:secret@127.0.0.1:1/vis"), /^error: cannot connect to PostgreSQL database "vis" on 127\.0\.0\.1:1: is the PostgreSQL server running\?/);
  });

  postgresOnly("a wrong PostgreSQL password, never shown", () => {
    const result = exportAll(temp.url.replace(/:\/\/([^:]+):[^@]*@/, "://$1:not-the-password@"));
    expectOneLine(result, /the server refused user ".*" \(wrong password or no access\): check DATABASE_URL/);
    expect(result.stderr).not.toContain("not-the-password");
  });

  postgresOnly("a PostgreSQL schema that was never set up", () => {
    expectOneLine(exportAll(temp.url.replace(/schema=[^&]+/, "schema=never_set_up")), /\(schema never_set_up\) is not set up \(no migrations applied\): run `npm run db:setup`/);
  });
});
