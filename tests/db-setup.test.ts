import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { saveTranslation } from "../lib/editing/save-translation";
import { snapshotDb } from "./helpers/db-snapshot";
import { runScript } from "./helpers/run-script";

jest.setTimeout(120_000);

describe("npm run db:setup", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-setup-"));
  const file = path.join(dir, "nested", "fresh.db");
  const env = { DATABASE_URL: `file:${file}` };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("creates the database with prisma migrate deploy and loads the sample corpus", async () => {
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
      const migrations = await db.$queryRawUnsafe<{ n: bigint }[]>('SELECT COUNT(*) AS n FROM "_prisma_migrations"');
      expect(Number(migrations[0].n)).toBe(fs.readdirSync(path.join(__dirname, "..", "prisma", "migrations")).filter((d) => /^\d/.test(d)).length);
    } finally {
      await db.$disconnect();
    }
  });

  it("changes nothing when run again", () => {
    const before = snapshotDb(file);
    const result = runScript("db-setup", [], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("sample document kim-soutien-inconditionnel-russie: already there, left as it is");
    expect(result.stdout).toContain("sample glossary: 0 entries created, 49 already there");
    expect(snapshotDb(file)).toEqual(before);
  });

  it("says in one line that the database is busy when another process holds it", () => {
    const holder = new Database(file);
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
      const before = snapshotDb(file);
      expect(runScript("db-setup", [], env).status).toBe(0);
      expect(snapshotDb(file)).toEqual(before);
    } finally {
      await db.$disconnect();
    }
  });
});
