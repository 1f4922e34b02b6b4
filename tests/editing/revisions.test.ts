import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { StaleVersionError } from "../../lib/editing/errors";
import { listDocuments } from "../../lib/documents/list-documents";
import { listRevisions, restoreRevision } from "../../lib/editing/revisions";
import { saveTranslation } from "../../lib/editing/save-translation";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let temp: TempDb;
let documentId: number;
let otherDocumentId: number;
let paragraph: { id: number; text: string; version: number };

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  const [doc, other] = await temp.db.document.findMany({ orderBy: { id: "asc" } });
  documentId = doc.id;
  otherDocumentId = other.id;
  paragraph = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId, position: 4 } });
});
afterAll(() => temp.close());

describe("saving an English paragraph", () => {
  it("stores the text as a new revision, marks it edited and sets the status", async () => {
    const saved = await saveTranslation(temp.db, documentId, {
      paragraphId: paragraph.id,
      expectedVersion: 1,
      text: "Kim received Sergei Shoigu in Pyongyang on Wednesday.",
      status: "reviewed",
      note: "shorter",
    });
    expect(saved).toMatchObject({ version: 2, origin: "edited", status: "reviewed" });
    const stored = await temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } });
    expect(stored).toMatchObject({ text: "Kim received Sergei Shoigu in Pyongyang on Wednesday.", version: 2, origin: "edited", status: "reviewed" });
    const revisions = await temp.db.revision.findMany({ where: { paragraphId: paragraph.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.origin, r.note])).toEqual([
      [1, "imported", null],
      [2, "edited", "shorter"],
    ]);
  });

  it("refuses a save based on a stale version and keeps the stored text", async () => {
    const attempt = saveTranslation(temp.db, documentId, { paragraphId: paragraph.id, expectedVersion: 1, text: "An older tab's text." });
    await expect(attempt).rejects.toBeInstanceOf(StaleVersionError);
    await expect(attempt).rejects.toMatchObject({ currentVersion: 2, currentText: "Kim received Sergei Shoigu in Pyongyang on Wednesday." });
    expect((await temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).version).toBe(2);
    expect(await temp.db.revision.count({ where: { paragraphId: paragraph.id } })).toBe(2);
  });

  it.each([
    [{ text: "   " }, /^text: empty; to leave a paragraph untranslated/],
    [{ text: "x".repeat(20_001) }, /^text: at most 20,000 characters$/],
    [{ text: "ok", status: "machine" }, /^status: /],
    [{ text: "ok", expectedVersion: 0 }, /^expectedVersion: /],
  ])("refuses bad input %#", async (change, message) => {
    await expect(saveTranslation(temp.db, documentId, { paragraphId: paragraph.id, expectedVersion: 2, ...change } as never)).rejects.toThrow(message);
    expect((await temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).version).toBe(2);
  });

  it("accepts an empty paragraph only as an explicit 'no translation'", async () => {
    const other = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId, position: 5 } });
    const saved = await saveTranslation(temp.db, documentId, { paragraphId: other.id, expectedVersion: 1, text: "", noTranslation: true });
    expect(saved.text).toBe("");
  });

  it("refuses a paragraph of another document", async () => {
    await expect(
      saveTranslation(temp.db, otherDocumentId, { paragraphId: paragraph.id, expectedVersion: 2, text: "Hijack." }),
    ).rejects.toThrow(`paragraph ${paragraph.id}: not an English paragraph of this document`);
  });
});

describe("history", () => {
  it("lists revisions newest first with a word diff against the previous one", async () => {
    const history = await listRevisions(temp.db, documentId, paragraph.id);
    expect(history.map((r) => r.version)).toEqual([2, 1]);
    const removed = history[0].diff.filter((d) => d.change === "removed").map((d) => d.text).join("");
    const added = history[0].diff.filter((d) => d.change === "added").map((d) => d.text).join("");
    expect(removed).toContain("secretary of Russia's Security Council");
    expect(added).toBe("");
    expect(history[1].diff.every((d) => d.change === "same")).toBe(true);
  });

  it("restores an earlier text as a new revision, deleting nothing", async () => {
    const [, first] = await listRevisions(temp.db, documentId, paragraph.id);
    const restored = await restoreRevision(temp.db, documentId, { paragraphId: paragraph.id, revisionId: first.id, expectedVersion: 2 });
    expect(restored).toMatchObject({ version: 3, text: paragraph.text });
    const history = await listRevisions(temp.db, documentId, paragraph.id);
    expect(history.map((r) => [r.version, r.note])).toEqual([
      [3, "restored version 1"],
      [2, "shorter"],
      [1, null],
    ]);
    await expect(
      restoreRevision(temp.db, documentId, { paragraphId: paragraph.id, revisionId: first.id, expectedVersion: 2 }),
    ).rejects.toBeInstanceOf(StaleVersionError);
  });

  it("sets a restored text back to draft: the library no longer counts it as reviewed", async () => {
    const other = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId, position: 6 } });
    const reviewedCount = async () => (await listDocuments(temp.db)).documents.find((d) => d.slug === doc.slug)!.reviewedParagraphs;
    const doc = await temp.db.document.findUniqueOrThrow({ where: { id: documentId } });
    const before = await reviewedCount();
    await saveTranslation(temp.db, documentId, { paragraphId: other.id, expectedVersion: 1, text: `${other.text} (checked)`, status: "reviewed" });
    expect(await reviewedCount()).toBe(before + 1);
    const [, imported] = await listRevisions(temp.db, documentId, other.id);
    const restored = await restoreRevision(temp.db, documentId, { paragraphId: other.id, revisionId: imported.id, expectedVersion: 2 });
    expect(restored).toMatchObject({ text: other.text, status: "draft" });
    expect(await temp.db.targetParagraph.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "draft", version: 3 });
    expect((await listRevisions(temp.db, documentId, other.id))[0]).toMatchObject({ version: 3, status: "draft" });
    expect(await reviewedCount()).toBe(before);
  });
});
