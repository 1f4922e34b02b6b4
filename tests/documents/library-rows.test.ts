import { alignAll } from "../../lib/align/align-document";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { listDocuments } from "../../lib/documents/list-documents";
import { importContent } from "../../lib/import/import-file";
import { loadRowOutline } from "../../lib/reader/row-outline";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let temp: TempDb;
beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  await alignAll(temp.db);
  // Not aligned: rows are the longer side's paragraphs.
  await importContent(temp.db, { name: "brut.txt", text: "Titre\n\nUn.\n\nDeux.\n\nTrois." }, { en: { name: "brut.en.txt", text: "Title\n\nOne." } });
});
afterAll(() => temp.close());

describe("library counts", () => {
  it("gives each document the number of rows its reader shows", async () => {
    // A paragraph no link holds any more is a row of its own.
    const kim = await temp.db.document.findUniqueOrThrow({ where: { slug: "kim-soutien-inconditionnel-russie" } });
    // One English paragraph of a 1-2 link (the sample has two) leaves it: the link keeps the other.
    const english = await temp.db.targetParagraph.findMany({ where: { documentId: kim.id, linkId: { not: null } }, orderBy: { position: "asc" } });
    const split = english.find((p, i) => english.some((q, j) => j !== i && q.linkId === p.linkId))!;
    await temp.db.targetParagraph.update({ where: { id: split.id }, data: { linkId: null } });

    const { documents } = await listDocuments(temp.db);
    expect(documents).toHaveLength(3);
    for (const d of documents) {
      const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: d.slug } });
      expect([d.slug, d.rows]).toEqual([d.slug, (await loadRowOutline(temp.db, doc.id)).totalRows]);
    }
    expect(documents.find((d) => d.slug === "titre")?.rows).toBe(4);
    // Merged and split paragraphs: rows and French paragraphs differ on the sample, hence both counts.
    const sample = documents.find((d) => d.slug === "kim-soutien-inconditionnel-russie")!;
    expect(sample.rows).not.toBe(sample.frenchParagraphs);
  });
});
