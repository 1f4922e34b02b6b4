import { loadAlignedRows, streamAlignedRows } from "../../lib/documents/aligned-rows";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { seedHostile } from "./seed";

let temp: TempDb;
let expected: Awaited<ReturnType<typeof seedHostile>>;
let documentId: number;

beforeAll(async () => {
  temp = await createTempDb();
  expected = await seedHostile(temp.db);
  documentId = (await temp.db.document.findFirstOrThrow()).id;
});
afterAll(() => temp.close());

const texts = (rows: { fr: { text: string }[]; en: { text: string }[] }[]) => rows.map((r) => ({ fr: r.fr.map((p) => p.text), en: r.en.map((p) => p.text) }));

describe("streamAlignedRows", () => {
  it.each([1, 2, 3, 1000])("gives the rows in reading order, loose paragraphs in place, with batches of %i", async (size) => {
    const rows = [];
    for await (const row of streamAlignedRows(temp.db, documentId, size)) rows.push(row);
    expect(texts(rows)).toEqual(expected.map(({ fr, en }) => ({ fr, en })));
    expect(rows[4]).toMatchObject({ linkId: null, method: null, linkCreatedAt: null });
    expect(rows[3].linkUpdatedAt).toBeInstanceOf(Date);
  });

  it("loadAlignedRows keeps its shape (no times) and gives the same rows", async () => {
    const rows = await loadAlignedRows(temp.db, documentId);
    expect(texts(rows)).toEqual(expected.map(({ fr, en }) => ({ fr, en })));
    expect(Object.keys(rows[0]).sort()).toEqual(["en", "fr", "linkId", "locked", "method", "score"]);
    expect(Object.keys(rows[0].fr[0]).sort()).toEqual(["id", "kind", "position", "text"]);
    expect(Object.keys(rows[0].en[0]).sort()).toEqual(["id", "kind", "origin", "position", "status", "text", "version"]);
  });

  it("skips links that hold no paragraph", async () => {
    await temp.db.alignmentLink.create({ data: { documentId, position: 99, score: 0, method: "auto" } });
    expect(await loadAlignedRows(temp.db, documentId)).toHaveLength(expected.length);
  });
});
