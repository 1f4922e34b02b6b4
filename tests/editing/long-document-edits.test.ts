import { alignAll } from "../../lib/align/align-document";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import type { Db } from "../../lib/db/client";
import { applyEdit, type AlignmentEdit, type EditableRow } from "../../lib/editing/alignment-ops";
import { readRows } from "../../lib/editing/alignment-store";
import { editAlignment, undoAlignmentEdit } from "../../lib/editing/edit-alignment";
import { createLongDocument } from "../e2e/fixtures/long-document";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(120_000);

const LINKS = 5_000;
let temp: TempDb;
let documentId: number;

/** The document's rows, read whole (what the edits no longer do). */
const allRows = () => temp.db.$transaction((tx) => readRows(tx, documentId));

/**
 * The same database through a client that counts the rows every query returns: how much of
 * the document an operation reads, independent of the machine's speed.
 */
function countingRows(db: Db): { db: Db; read: () => number } {
  let rows = 0;
  const counted = db.$extends({
    query: {
      async $allOperations({ args, query }) {
        const result = await query(args);
        if (Array.isArray(result)) rows += result.length;
        return result;
      },
    },
  });
  // The extended client has the same API; its type only differs by the extension's name.
  return { db: counted as unknown as Db, read: () => rows };
}

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  await alignAll(temp.db);
  documentId = await createLongDocument(temp.db, { slug: "long-edits", links: LINKS, loose: true });
});
afterAll(async () => temp?.close());

/** The id of the row's first (or last) paragraph on a side, by row number (from 1). */
const at = (rows: EditableRow[], row: number, side: "fr" | "en", which: "first" | "last" = "first") => {
  const ids = rows[row - 1][side];
  return which === "first" ? ids[0] : ids[ids.length - 1];
};

describe("alignment edits in a 5,000-row document", () => {
  it("read a few rows, not the document, and give the rows a whole-document edit gives", async () => {
    const original = await allRows();
    expect(original).toHaveLength(LINKS + 12);
    // Row 501 is a loose French paragraph, before a link; `looseEnglish` a loose English one.
    expect(original[500]).toMatchObject({ method: null, en: [] });
    const looseEnglish = original.findIndex((r, i) => i > 1_000 && r.method === null && r.en.length) + 1;
    expect(original[looseEnglish - 2].method).toBe("auto");
    const edits: AlignmentEdit[] = [
      { op: "merge", row: { side: "fr", paragraphId: at(original, 3_000, "fr") } },
      { op: "split", row: { side: "fr", paragraphId: at(original, 3_001, "fr") } },
      { op: "merge", row: { side: "fr", paragraphId: at(original, 501, "fr") } },
      { op: "move", row: { side: "en", paragraphId: at(original, 4_000, "en") }, direction: "up" },
      { op: "move", row: { side: "fr", paragraphId: at(original, 1, "fr") }, direction: "down" },
      { op: "confirm", row: { side: "en", paragraphId: at(original, looseEnglish, "en") } },
      { op: "merge", row: { side: "fr", paragraphId: at(original, LINKS + 9, "fr") } },
    ];
    let expected = original;
    for (const edit of edits) {
      expected = applyEdit(expected, edit);
      const { db, read } = countingRows(temp.db);
      await editAlignment(db, documentId, edit);
      // A whole-document read is three rows per link here (the link and a paragraph a side).
      expect(read()).toBeLessThan(100);
      expect(await allRows()).toEqual(expected);
    }
  });

  it("undoes them one by one, reading a few rows each time, back to the rows it started from", async () => {
    const states = [await allRows()];
    const edits = (rows: EditableRow[]): AlignmentEdit[] => [
      { op: "merge", row: { side: "fr", paragraphId: at(rows, 2_500, "fr") } },
      { op: "split", row: { side: "en", paragraphId: at(rows, 2_501, "en") } },
      { op: "move", row: { side: "fr", paragraphId: at(rows, 1_200, "fr") }, direction: "down" },
    ];
    for (const edit of edits(states[0])) {
      await editAlignment(temp.db, documentId, edit);
      states.push(await allRows());
    }
    for (const action of ["move", "split", "merge"]) {
      states.pop();
      const { db, read } = countingRows(temp.db);
      expect(await undoAlignmentEdit(db, documentId)).toBe(action);
      expect(read()).toBeLessThan(100);
      expect(await allRows()).toEqual(states[states.length - 1]);
    }
  });
});
