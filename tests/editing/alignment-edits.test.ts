import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import type { EditableRow } from "../../lib/editing/alignment-ops";
import { readRows, writeRows } from "../../lib/editing/alignment-store";
import { editAlignment, undoAlignmentEdit } from "../../lib/editing/edit-alignment";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let temp: TempDb;
let documentId: number;
let fr: number[];
let en: number[];

/** Pairs paragraph i with paragraph i (an unlocked "auto" alignment to edit). */
async function resetToDiagonal() {
  const rows: EditableRow[] = fr.slice(0, 6).map((id, i) => ({ fr: [id], en: [en[i]], score: 0.8, method: "auto", locked: false }));
  await temp.db.$transaction((tx) => writeRows(tx, documentId, rows));
}
const ids = async () => (await temp.db.$transaction((tx) => readRows(tx, documentId))).slice(0, 6).map((r) => [r.fr, r.en, r.locked]);

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "choigou-rencontre-kim-pyongyang" } });
  documentId = doc.id;
  fr = (await temp.db.sourceParagraph.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((p) => p.id);
  en = (await temp.db.targetParagraph.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((p) => p.id);
});
beforeEach(resetToDiagonal);
afterAll(() => temp.close());

describe("hand edits of the alignment", () => {
  it("merges a row with the next one into one locked link", async () => {
    await editAlignment(temp.db, documentId, { op: "merge", row: { side: "fr", paragraphId: fr[2] } });
    expect((await ids()).slice(0, 5)).toEqual([
      [[fr[0]], [en[0]], false],
      [[fr[1]], [en[1]], false],
      [[fr[2], fr[3]], [en[2], en[3]], true],
      [[fr[4]], [en[4]], false],
      [[fr[5]], [en[5]], false],
    ]);
    const link = await temp.db.alignmentLink.findFirstOrThrow({ where: { documentId, locked: true } });
    expect(link).toMatchObject({ method: "manual", score: 1 });
  });

  it("splits a row before a chosen paragraph, cutting the other side in proportion", async () => {
    await editAlignment(temp.db, documentId, { op: "merge", row: { side: "fr", paragraphId: fr[2] } });
    await editAlignment(temp.db, documentId, { op: "split", row: { side: "en", paragraphId: en[3] } });
    expect((await ids()).slice(2, 4)).toEqual([
      [[fr[2]], [en[2]], true],
      [[fr[3]], [en[3]], true],
    ]);
  });

  it("moves the first paragraph of a side up and drops a row left empty", async () => {
    await editAlignment(temp.db, documentId, { op: "move", row: { side: "en", paragraphId: en[3] }, direction: "up" });
    expect((await ids()).slice(2, 4)).toEqual([
      [[fr[2]], [en[2], en[3]], true],
      [[fr[3]], [], true],
    ]);
    await editAlignment(temp.db, documentId, { op: "move", row: { side: "fr", paragraphId: fr[3] }, direction: "up" });
    expect((await ids()).slice(2, 4)).toEqual([
      [[fr[2], fr[3]], [en[2], en[3]], true],
      [[fr[4]], [en[4]], false],
    ]);
  });

  it("refuses moves that would break reading order, and ids of other documents", async () => {
    await expect(
      editAlignment(temp.db, documentId, { op: "move", row: { side: "en", paragraphId: en[3] }, direction: "down" }),
    ).resolves.toBeDefined();
    await resetToDiagonal();
    await editAlignment(temp.db, documentId, { op: "merge", row: { side: "fr", paragraphId: fr[2] } });
    await expect(
      editAlignment(temp.db, documentId, { op: "move", row: { side: "fr", paragraphId: fr[2] }, direction: "down" }),
    ).rejects.toThrow("move: only the last paragraph of a row can move down");
    const otherDoc = await temp.db.sourceParagraph.findFirstOrThrow({ where: { documentId: { not: documentId } } });
    await expect(
      editAlignment(temp.db, documentId, { op: "confirm", row: { side: "fr", paragraphId: otherDoc.id } }),
    ).rejects.toThrow(`paragraph ${otherDoc.id}: not a French paragraph of this document`);
    await expect(editAlignment(temp.db, documentId, { op: "explode", row: { side: "fr", paragraphId: fr[0] } })).rejects.toThrow(/^op: /);
  });

  it("confirms a row: locks it and feeds the translation memory", async () => {
    await editAlignment(temp.db, documentId, { op: "confirm", row: { side: "fr", paragraphId: fr[1] } });
    expect((await ids())[1]).toEqual([[fr[1]], [en[1]], true]);
    const [title, english] = await Promise.all([
      temp.db.sourceParagraph.findUniqueOrThrow({ where: { id: fr[1] } }),
      temp.db.targetParagraph.findUniqueOrThrow({ where: { id: en[1] } }),
    ]);
    const unit = await temp.db.memoryUnit.findFirstOrThrow({ where: { sourceText: title.text } });
    expect(unit.targetText).toBe(english.text);
  });

  it("undoes the last change, then the one before", async () => {
    const original = await ids();
    await editAlignment(temp.db, documentId, { op: "merge", row: { side: "fr", paragraphId: fr[0] } });
    await editAlignment(temp.db, documentId, { op: "merge", row: { side: "fr", paragraphId: fr[0] } });
    expect((await ids())[0]).toEqual([[fr[0], fr[1], fr[2]], [en[0], en[1], en[2]], true]);
    expect(await undoAlignmentEdit(temp.db, documentId)).toBe("merge");
    expect((await ids())[0]).toEqual([[fr[0], fr[1]], [en[0], en[1]], true]);
    expect(await undoAlignmentEdit(temp.db, documentId)).toBe("merge");
    expect(await ids()).toEqual(original);
  });
});
