import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { saveTranslation } from "../lib/editing/save-translation";
import { snapshotDatabase } from "./helpers/db-snapshot";
import { runScript } from "./helpers/run-script";
import { createTempDb, type TempDb } from "./helpers/temp-db";
import { testProvider } from "./helpers/test-provider";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..");
const sqliteOnly = testProvider() === "sqlite" ? it : it.skip;

/** A database URL where nothing exists yet: a file in a folder to be made, or a new schema. */
function freshUrl(temp: TempDb): string {
  return temp.provider === "sqlite" ? `file:${path.join(temp.dir, "nested", "fresh.db")}` : temp.url.replace(/schema=([^&]+)/, "schema=$1_setup");
}

describe("npm run db:setup", () => {
  let temp: TempDb;
  let env: { DATABASE_URL: string };
  beforeAll(async () => {
    temp = await createTempDb();
    env = { DATABASE_URL: freshUrl(temp) };
  });
  afterAll(async () => {
    if (temp.provider === "postgresql") {
      const db = createDb(env.DATABASE_URL);
      await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${new URL(env.DATABASE_URL).searchParams.get("schema")}" CASCADE`);
      await db.$disconnect();
    }
    await temp.close();
  });

  it("creates the database with every migration and loads the sample corpus", async () => {
    const result = runScript("db-setup", [], env);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("sample document kim-soutien-inconditionnel-russie: created");
    const db = createDb(env.DATABASE_URL);
    try {
      expect(await db.document.count()).toBe(2);
      expect(await db.glossaryEntry.count()).toBeGreaterThanOrEqual(45);
      const shoigu = await db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Sergueï Choïgou" }, include: { variants: true } });
      expect(shoigu.en).toBe("Sergei Shoigu");
      expect(shoigu.variants.map((v) => v.text)).toEqual(expect.arrayContaining(["Choïgu", "Shoigu"]));
      const migrations = await db.$queryRawUnsafe<{ n: bigint }[]>('SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL');
      const dir = temp.provider === "sqlite" ? path.join(ROOT, "prisma", "migrations") : path.join(ROOT, "prisma", "postgresql", "migrations");
      expect(Number(migrations[0].n)).toBe(fs.readdirSync(dir).filter((d) => /^\d/.test(d)).length);
    } finally {
      await db.$disconnect();
    }
  });

  it("changes nothing when run again", async () => {
    const db = createDb(env.DATABASE_URL);
    try {
      const before = await snapshotDatabase(db);
      const result = runScript("db-setup", [], env);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("sample document kim-soutien-inconditionnel-russie: already there, left as it is");
      expect(result.stdout).toContain("sample glossary: 0 entries created, 49 already there");
      expect(await snapshotDatabase(db)).toEqual(before);
    } finally {
      await db.$disconnect();
    }
  });

  sqliteOnly("says in one line that the database is busy when another process holds it", () => {
    const holder = new Database(env.DATABASE_URL.slice("file:".length));
    holder.exec("BEGIN EXCLUSIVE");
    try {
      const result = runScript("db-setup", [], env);
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(/^error: .*fresh\.db: migrations could not be applied: the database is in use by another process/);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });

  it("never undoes a person's corrections of the sample", async () => {
    const db = createDb(env.DATABASE_URL);
    try {
      const doc = await db.document.findUniqueOrThrow({ where: { slug: "choigou-rencontre-kim-pyongyang" } });
      const paragraph = await db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position: 2 } });
      await saveTranslation(db, doc.id, { paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "A corrected first paragraph.", status: "reviewed" });
      await db.glossaryEntry.update({ where: { fr: "AFP" }, data: { note: "A note a person wrote." } });
      const before = await snapshotDatabase(db);
      expect(runScript("db-setup", [], env).status).toBe(0);
      expect(await snapshotDatabase(db)).toEqual(before);
    } finally {
      await db.$disconnect();
    }
  });
});

describe("databases made by `prisma migrate deploy`", () => {
  let temp: TempDb;
  beforeAll(async () => (temp = await createTempDb()));
  afterAll(() => temp.close());

  sqliteOnly("keep working: the runner applies only what they lack, and fills the new hash column", async () => {
    // The migrations main had before this runner, applied by Prisma's own CLI (its config
    // pointed at a copy of them), then a translation memory unit written the old way.
    const old = path.join(temp.dir, "old-migrations");
    for (const name of ["20261123120000_init", "20261127090000_scale"]) {
      fs.cpSync(path.join(ROOT, "prisma", "migrations", name), path.join(old, name), { recursive: true });
    }
    fs.copyFileSync(path.join(ROOT, "prisma", "migrations", "migration_lock.toml"), path.join(old, "migration_lock.toml"));
    const file = path.join(temp.dir, "old.db");
    const config = path.join(ROOT, `prisma.config.test-${process.pid}.ts`);
    fs.writeFileSync(
      config,
      `import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";\nimport { defineConfig } from "prisma/config";\n` +
        `export default defineConfig({ experimental: { adapter: true }, engine: "js", schema: ${JSON.stringify(path.join(ROOT, "prisma", "schema.prisma"))}, ` +
        `migrations: { path: ${JSON.stringify(old)} }, async adapter() { return new PrismaBetterSQLite3({ url: ${JSON.stringify(`file:${file}`)} }); } });\n`,
    );
    try {
      const deploy = spawnSync(process.execPath, [path.join(ROOT, "scripts", "prisma.mjs"), "migrate", "deploy", "--config", config], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: `file:${file}` },
        encoding: "utf8",
      });
      expect(deploy.stderr + deploy.stdout).toMatch(/All migrations have been successfully applied|2 migrations found/);
      expect(deploy.status).toBe(0);
    } finally {
      fs.rmSync(config, { force: true });
    }
    const sqlite = new Database(file);
    const english = "A".repeat(5_000);
    sqlite
      .prepare(`INSERT INTO "MemoryUnit" ("sourceKey", "sourceText", "targetText", "updatedAt") VALUES ('k', 'Un texte.', ?, CURRENT_TIMESTAMP)`)
      .run(english);
    sqlite.close();

    const result = runScript("db-setup", ["--no-sample"], { DATABASE_URL: `file:${file}` });
    expect(result.stderr).toBe("");
    const newer = fs.readdirSync(path.join(ROOT, "prisma", "migrations")).filter((d) => /^\d/.test(d) && d > "20261127090000_scale").length;
    expect(result.stdout).toContain(`(${newer} migration${newer === 1 ? "" : "s"} applied)`);
    const db = createDb(`file:${file}`);
    try {
      const unit = await db.memoryUnit.findFirstOrThrow();
      expect(unit.targetHash).toBe(createHash("sha256").update(english).digest("hex"));
      const names = await db.$queryRawUnsafe<{ migration_name: string }[]>(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
      expect(names.map((n) => n.migration_name)).toEqual(fs.readdirSync(path.join(ROOT, "prisma", "migrations")).filter((d) => /^\d/.test(d)).sort());
      // The triggers the rebuilt tables had are there again (the search index's came later).
      const triggers = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('SourceParagraph', 'TargetParagraph') AND name LIKE '%_touch_%'`);
      expect(triggers).toHaveLength(6);
    } finally {
      await db.$disconnect();
    }
  });
});
