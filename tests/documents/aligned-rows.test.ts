import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { linkRowsAt, loadAlignedRows, looseParagraphs, streamAlignedRows } from "../../lib/documents/aligned-rows";
import { loadRowOutline } from "../../lib/reader/row-outline";
import { loadRowWindow } from "../../lib/reader/row-window";
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

/** The streamed rows without the times loadAlignedRows leaves out. */
async function streamed(documentId: number, batchSize: number) {
  const rows = [];
  for await (const { linkCreatedAt: _c, linkUpdatedAt: _u, ...row } of streamAlignedRows(temp.db, documentId, batchSize)) {
    const plain = <T extends { createdAt: Date; updatedAt: Date; linkId?: number | null }>({ createdAt: _a, updatedAt: _b, linkId: _l, ...p }: T) => p;
    rows.push({ ...row, fr: row.fr.map(plain), en: row.en.map(plain) });
  }
  return rows;
}

describe("loadAlignedRows", () => {
  it("gives the same rows as streamAlignedRows: links in order, loose paragraphs where they stand", async () => {
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "kim-soutien-inconditionnel-russie" } });
    // Links in the middle only: loose paragraphs before, between and after them, both sides.
    await link(doc.id, 0, [3], [3]);
    await link(doc.id, 1, [4, 5], [4]);
    await link(doc.id, 2, [8], []);
    await link(doc.id, 3, [], [9]);
    await link(doc.id, 4, [20], [18, 19]);
    const mine = await loadAlignedRows(temp.db, doc.id);
    expect(mine).toEqual(await streamed(doc.id, 2));
    const count = (side: "fr" | "en") => mine.reduce((n, r) => n + r[side].length, 0);
    expect([count("fr"), count("en")]).toEqual([34, 32]);
  });

  it("gives the same rows window by window, loose paragraphs before, between and after links, each numbered", async () => {
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "kim-soutien-inconditionnel-russie" } });
    const all = await loadAlignedRows(temp.db, doc.id);
    const loose = await looseParagraphs(temp.db, doc.id);
    // Each loose paragraph stands before the link that follows it on its side (links to date: 5).
    expect(loose.filter((p) => p.side === "fr" && p.position < 3).map((p) => p.linksBefore)).toEqual([0, 0, 0]);
    expect(loose.filter((p) => p.position > 20).every((p) => p.linksBefore === 5)).toBe(true);
    const outline = await loadRowOutline(temp.db, doc.id);
    expect(outline.totalRows).toBe(all.length);
    for (let first = 1; first <= all.length; first += 3) {
      const window = await loadRowWindow(temp.db, outline, first, first + 2);
      const plain = window.map(({ row: _r, link: _l, ...row }) => row);
      expect(plain).toEqual(all.slice(first - 1, first + 2));
      expect(window.map((r) => r.row)).toEqual(plain.map((_, i) => first + i));
    }
    // Links by rank, whatever their positions: the third link of the document is its 1-0 link.
    const [third] = await linkRowsAt(temp.db, doc.id, 2, 1);
    expect(third).toMatchObject({ position: 2, en: [] });
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
    const read = await loadAlignedRows(temp.db, doc.id);
    expect(read).toHaveLength(n);
    expect(read[n - 1]).toMatchObject({ linkId: links[n - 1].id, fr: [{ text: `fr ${n - 1}` }], en: [{ text: `en ${n - 1}` }] });
  });
});
