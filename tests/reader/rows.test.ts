import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { loadAlignedRows } from "../../lib/documents/aligned-rows";
import { loadReaderRows } from "../../lib/reader/rows";
import { hashText } from "../../lib/text/normalize";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let temp: TempDb;

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  await temp.db.alignmentLink.deleteMany({});
});
afterAll(async () => temp?.close());

async function link(documentId: number, position: number, fr: number[], en: number[]) {
  const l = await temp.db.alignmentLink.create({ data: { documentId, position, score: 0.8, method: "auto" } });
  await temp.db.sourceParagraph.updateMany({ where: { documentId, position: { in: fr } }, data: { linkId: l.id } });
  await temp.db.targetParagraph.updateMany({ where: { documentId, position: { in: en } }, data: { linkId: l.id } });
}

describe("loadReaderRows", () => {
  it("gives the same rows as loadAlignedRows: links in order, loose paragraphs where they stand", async () => {
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "kim-soutien-inconditionnel-russie" } });
    // Links in the middle only: loose paragraphs before, between and after them, both sides.
    await link(doc.id, 0, [3], [3]);
    await link(doc.id, 1, [4, 5], [4]);
    await link(doc.id, 2, [8], []);
    await link(doc.id, 3, [], [9]);
    await link(doc.id, 4, [20], [18, 19]);
    const mine = await loadReaderRows(temp.db, doc.id);
    const shared = await loadAlignedRows(temp.db, doc.id);
    expect(mine).toEqual(shared);
    const count = (side: "fr" | "en") => mine.reduce((n, r) => n + r[side].length, 0);
    expect([count("fr"), count("en")]).toEqual([34, 32]);
  });

  it("reads a document of 1,500 links without binding a list of ids", async () => {
    const doc = await temp.db.document.create({ data: { slug: "long", titleFr: "Long", sourceHash: "long" } });
    const n = 1_500;
    await temp.db.alignmentLink.createMany({
      data: Array.from({ length: n }, (_, position) => ({ documentId: doc.id, position, score: 0.9, method: "auto" })),
    });
    const links = await temp.db.alignmentLink.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } });
    const rows = (side: string) =>
      links.map((l, position) => ({ documentId: doc.id, position, text: `${side} ${position}`, hash: hashText(`${side} ${position}`), linkId: l.id }));
    await temp.db.sourceParagraph.createMany({ data: rows("fr") });
    await temp.db.targetParagraph.createMany({ data: rows("en") });
    const read = await loadReaderRows(temp.db, doc.id);
    expect(read).toHaveLength(n);
    expect(read[n - 1]).toMatchObject({ linkId: links[n - 1].id, fr: [{ text: `fr ${n - 1}` }], en: [{ text: `en ${n - 1}` }] });
  });
});
