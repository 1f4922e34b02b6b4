import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, dialectOf, type Db } from "../../lib/db/client";
import { SEARCH_TABLES } from "../../lib/db/dialect/search-tables";
import { applyMigrations, migrationsDir } from "../../lib/db/migrate";
import { postgresTarget } from "../../lib/db/url";
import { searchLibrary } from "../../lib/search/search-library";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { testPostgresUrl, testProvider } from "../helpers/test-provider";

/**
 * The search index as the migration makes it: existing paragraphs indexed, derived data
 * kept out of snapshots. On both databases: a database of its own (not tests/helpers'
 * temporary one, which has every migration), on the provider the project runs, as
 * DATABASE_URL would name it.
 */

jest.setTimeout(120_000);

const SEARCH_MIGRATION = "20261127140000_full_text_search";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-search-index-"));
const schema = `search_index_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const server = postgresTarget(testPostgresUrl()).connectionString;
const url = testProvider() === "sqlite" ? `file:${path.join(dir, "test.db")}` : `${server}${server.includes("?") ? "&" : "?"}schema=${schema}`;
let db: Db;

/** The migrations before full-text search, in a folder of their own. */
function migrationsBeforeSearch(): string {
  const before = path.join(dir, "migrations");
  for (const name of fs.readdirSync(migrationsDir(testProvider()))) {
    if (/^\d/.test(name) && name < SEARCH_MIGRATION) fs.cpSync(path.join(migrationsDir(testProvider()), name), path.join(before, name), { recursive: true });
  }
  return before;
}

beforeAll(async () => {
  await applyMigrations(url, migrationsBeforeSearch());
  db = createDb(url);
});
afterAll(async () => {
  await db?.$disconnect();
  if (testProvider() === "postgresql") {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the full-text search migration", () => {
  it("indexes the paragraphs already stored, and the index then follows new ones", async () => {
    const document = await db.document.create({ data: { slug: "avant", titleFr: "Avant", sourceHash: "avant" } });
    await db.sourceParagraph.create({ data: { documentId: document.id, position: 0, text: "Un Œuvre ancienne sur l’Otan, écrite avant l’index.", hash: "a" } });
    await db.targetParagraph.create({ data: { documentId: document.id, position: 0, text: "An old work on NATO, written before the index.", hash: "b" } });
    // The search migration first, then any that came after it.
    expect((await applyMigrations(url))[0]).toBe(SEARCH_MIGRATION);
    // Not aligned: row 1 holds the first paragraph of each side.
    expect((await searchLibrary(db, "oeuvre otan")).hits.map((h) => [h.document.slug, h.row, h.fr.length, h.en.length])).toEqual([["avant", 1, 1, 1]]);
    expect((await searchLibrary(db, "NATO")).hits.map((h) => [h.document.slug, h.row])).toEqual([["avant", 1]]);

    await db.sourceParagraph.create({ data: { documentId: document.id, position: 1, text: "Un paragraphe écrit après.", hash: "c" } });
    expect((await searchLibrary(db, "apres")).hits.map((h) => h.row)).toEqual([2]);
  });

  it("keeps a paragraph of any length (PostgreSQL indexes its first 100,000 characters)", async () => {
    const document = await db.document.findUniqueOrThrow({ where: { slug: "avant" } });
    const long = `${"début ".repeat(10_000)}milieu ${"fin ".repeat(40_000)}ultime`;
    expect(long.length).toBeGreaterThan(200_000);
    await db.sourceParagraph.create({ data: { documentId: document.id, position: 2, text: long, hash: "long" } });
    expect((await db.sourceParagraph.findFirstOrThrow({ where: { hash: "long" } })).text).toBe(long);
    const [hit] = (await searchLibrary(db, "milieu")).hits;
    expect(hit.row).toBe(3);
    expect(hit.fr[0].marks.map(([s, e]) => long.slice(s, e))).toEqual(["milieu"]);
    expect(hit.fr[0].text.length).toBeLessThan(1_000);
    // A tsvector holds at most 1 MB: PostgreSQL's index stops at 100,000 characters.
    expect((await searchLibrary(db, "ultime")).total).toBe(testProvider() === "sqlite" ? 1 : 0);
  });

  it("is derived data: not among the tables a snapshot compares", async () => {
    const tables = await dialectOf(db).listTables(db);
    expect(tables).toContain("SourceParagraph");
    expect(tables.filter((t) => SEARCH_TABLES.some((s) => t.startsWith(s)))).toEqual([]);
    expect(Object.keys(await snapshotDatabase(db))).toEqual(tables);
  });
});
