import { insertRows } from "../../lib/db/bulk-insert";
import { titleKey } from "../../lib/documents/title-key";
import { listDocuments } from "../../lib/documents/list-documents";
import { listGlossaryPage } from "../../lib/glossary/entries";
import { countStaleDocuments, refreshStaleFlags } from "../../lib/glossary/stored-flags";
import { createTempDb, type TempDb } from "../helpers/temp-db";

/**
 * Issue 11: the library works with thousands of documents. Before, the library page failed
 * at 1,001 documents (a list of every document's id bound in one query) and checked every
 * document against the glossary on every request.
 */

jest.setTimeout(300_000);

const DOCUMENTS = 1_500;
let temp: TempDb;

/** 1,500 dated documents of three French paragraphs each (one naming Pyongyang), written in bulk. */
async function seedLibrary(db: TempDb["db"]): Promise<void> {
  await db.document.createMany({
    data: Array.from({ length: DOCUMENTS }, (_, i) => {
      const titleFr = `Dépêche ${i + 1} : ${i % 2 ? "Économie" : "Politique"}`;
      return {
        slug: `depeche-${i + 1}`,
        titleFr,
        titleEn: `Dispatch ${i + 1}`,
        titleKey: titleKey(titleFr, `Dispatch ${i + 1}`),
        sourceHash: `h${i}`,
        publishedOn: `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      };
    }),
  });
  const docs = await db.document.findMany({ select: { id: true } });
  const now = new Date();
  await db.$transaction((tx) =>
    insertRows(
      tx,
      "SourceParagraph",
      docs.flatMap((d, n) =>
        ["Titre", `Le ministre s'est rendu à ${n % 3 ? "Paris" : "Pyongyang"}.`, "AFP"].map((text, position) => ({
          documentId: d.id,
          position,
          kind: position === 0 ? "title" : position === 2 ? "credit" : "body",
          text,
          hash: `${d.id}-${position}`,
          linkId: null,
          createdAt: now,
          updatedAt: now,
        })),
      ),
    ),
  );
  await db.glossaryEntry.create({ data: { kind: "place", fr: "Pyongyang", en: "Pyongyang" } });
}

beforeAll(async () => {
  temp = await createTempDb();
  await seedLibrary(temp.db);
});
afterAll(() => temp.close());

describe(`a library of ${DOCUMENTS.toLocaleString("en")} documents`, () => {
  it("lists 50 a page, newest first, with counts computed by the database", async () => {
    const first = await listDocuments(temp.db);
    expect(first).toMatchObject({ total: DOCUMENTS, page: 1, pages: 30, pageSize: 50 });
    expect(first.documents).toHaveLength(50);
    const dates = first.documents.map((d) => d.publishedOn!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(first.documents.every((d) => d.frenchParagraphs === 3 && d.alignedParagraphs === 0)).toBe(true);

    const last = await listDocuments(temp.db, { page: 30 });
    expect(last.documents).toHaveLength(50);
    const seen = new Set([...first.documents, ...last.documents].map((d) => d.slug));
    expect(seen.size).toBe(100);
    // A page past the end is the last page.
    expect((await listDocuments(temp.db, { page: 99 })).page).toBe(30);
  });

  it("sorts by title (accents ignored) and searches titles in SQL", async () => {
    const byTitle = await listDocuments(temp.db, { sort: "title" });
    const keys = byTitle.documents.map((d) => d.titleFr.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
    expect(keys).toEqual([...keys].sort());
    const found = await listDocuments(temp.db, { query: "DEPECHE 1234 :" });
    expect(found.documents.map((d) => d.slug)).toEqual(["depeche-1234"]);
    expect((await listDocuments(temp.db, { query: "economie" })).total).toBe(DOCUMENTS / 2);
  });

  it("checks every document against the glossary once, then counts stored flags and mentions", async () => {
    expect(await countStaleDocuments(temp.db)).toBe(DOCUMENTS);
    expect(await refreshStaleFlags(temp.db)).toBe(DOCUMENTS);
    expect(await countStaleDocuments(temp.db)).toBe(0);
    const glossary = await listGlossaryPage(temp.db, { q: "pyong" });
    expect(glossary.entries).toHaveLength(1);
    expect(glossary.entries[0].documentCount).toBe(DOCUMENTS / 3);
    expect(glossary.entries[0].documents).toHaveLength(10);
    // Pages read what is stored: nothing is checked again while nothing changes.
    expect(await refreshStaleFlags(temp.db)).toBe(0);
  });
});
