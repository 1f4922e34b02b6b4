import { alignAll } from "../../lib/align/align-document";
import { isLowConfidence } from "../../lib/align/confidence";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { loadAlignedRows, type AlignedRow } from "../../lib/documents/aligned-rows";
import { editAlignment, undoAlignmentEdit } from "../../lib/editing/edit-alignment";
import { ensureDocumentFlags } from "../../lib/glossary/stored-flags";
import { loadReaderPageBySlug } from "../../lib/reader/load-reader";
import { reviewStateOf } from "../../lib/reader/review-state";
import { countFilteredRows, loadFilteredRows, parseRowFilter, type RowFilter } from "../../lib/reader/row-filter";
import { loadRowOutline, type RowOutline } from "../../lib/reader/row-outline";
import { createLongDocument } from "../e2e/fixtures/long-document";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(120_000);

const SLUG = "long-filtered";
const LINKS = 5_000;
let temp: TempDb;
let documentId: number;
let all: AlignedRow[];
let outline: RowOutline;

/** Row numbers (from 1) of the rows that pass `test`, read from the whole document. */
const rowsWhere = (test: (r: AlignedRow) => boolean) => all.flatMap((r, i) => (test(r) ? [i + 1] : []));

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  await alignAll(temp.db);
  documentId = await createLongDocument(temp.db, { slug: SLUG, links: LINKS, loose: true, emptyLink: true });
  // Reviewed: the English of two links in three, and one loose English paragraph in two.
  const english = await temp.db.targetParagraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, linkId: true } });
  const reviewed = english.filter((p, i) => (p.linkId === null ? i % 2 === 0 : i % 3 !== 0)).map((p) => p.id);
  for (let i = 0; i < reviewed.length; i += 500) {
    await temp.db.targetParagraph.updateMany({ where: { id: { in: reviewed.slice(i, i + 500) } }, data: { status: "reviewed" } });
  }
  await ensureDocumentFlags(temp.db, documentId);
  all = await loadAlignedRows(temp.db, documentId);
  outline = await loadRowOutline(temp.db, documentId);
});
afterAll(async () => temp?.close());

describe("filtered rows", () => {
  let flagged: Set<number>;
  beforeAll(async () => {
    flagged = new Set((await temp.db.glossaryFlag.findMany({ where: { documentId }, select: { linkId: true } })).map((f) => f.linkId));
  });
  const expected = (filter: RowFilter) =>
    rowsWhere((r) =>
      filter === "check"
        ? r.linkId !== null && isLowConfidence(r.score)
        : filter === "flagged"
          ? r.linkId !== null && flagged.has(r.linkId)
          : r.en.some((p) => p.status !== "reviewed"),
    );

  it.each(["check", "unreviewed", "flagged"] as const)("lists the %s rows page by page, numbered as in the document", async (filter) => {
    const want = expected(filter);
    expect(want.length).toBeGreaterThan(10);
    if (filter === "unreviewed") expect(want.some((n) => all[n - 1].linkId === null)).toBe(true);
    expect(await countFilteredRows(temp.db, outline, filter)).toBe(want.length);
    const size = Math.ceil(want.length / 3);
    const seen: number[] = [];
    let from: number | null = 1;
    const starts: number[] = [];
    while (from !== null) {
      const page = await loadFilteredRows(temp.db, outline, filter, from, size);
      expect(page.before).toBe(seen.length);
      expect(page.previousFrom).toBe(starts.length ? starts[starts.length - 1] : null);
      starts.push(page.rows[0].row);
      for (const row of page.rows) {
        // The same paragraphs as the document's row with that number.
        const whole = all[row.row - 1];
        expect([row.linkId, row.fr.map((p) => p.id), row.en.map((p) => p.id)]).toEqual([whole.linkId, whole.fr.map((p) => p.id), whole.en.map((p) => p.id)]);
      }
      seen.push(...page.rows.map((r) => r.row));
      from = page.nextFrom;
    }
    expect(seen).toEqual(want);
  });

  it("starts a page at any row, listing the matches from there", async () => {
    const want = expected("unreviewed");
    const page = await loadFilteredRows(temp.db, outline, "unreviewed", 2_502, 40);
    expect(page.rows.map((r) => r.row)).toEqual(want.filter((n) => n >= 2_502).slice(0, 40));
    expect(page.before).toBe(want.filter((n) => n < 2_502).length);
    expect(page.previousFrom).toBe(want.filter((n) => n < 2_502).slice(-40)[0]);
  });

  it("reads a filter from the address, nothing else", () => {
    expect(parseRowFilter("check")).toBe("check");
    expect(parseRowFilter(["flagged", "check"])).toBe("flagged");
    expect(parseRowFilter("everything")).toBeUndefined();
    expect(parseRowFilter(undefined)).toBeUndefined();
  });
});

describe("what the reader page says of the review", () => {
  it("gives each English paragraph its review state, and the document's reviewed share", async () => {
    const page = (await loadReaderPageBySlug(temp.db, SLUG, { from: 1 }))!;
    const english = all.flatMap((r) => r.en);
    expect(page.review).toEqual({ english: english.length, reviewed: english.filter((p) => p.status === "reviewed").length });
    const shown = page.window.rows.flatMap((r) => r.en);
    expect(shown.map((p) => p.review)).toEqual(shown.map((p) => reviewStateOf(english.find((e) => e.id === p.id)!)));
    expect(new Set(shown.map((p) => p.review))).toEqual(new Set(["reviewed", "imported"]));
  });

  it("serves a filtered page with its place among the matches, and the count of every filter", async () => {
    const page = (await loadReaderPageBySlug(temp.db, SLUG, { filter: "check", from: 1 }))!;
    const low = rowsWhere((r) => r.linkId !== null && isLowConfidence(r.score));
    expect(page.window.rows.map((r) => r.row)).toEqual(low.slice(0, 200));
    expect(page.window.rows.every((r) => r.lowConfidence)).toBe(true);
    expect(page.window.filtered).toMatchObject({ filter: "check", from: 1, before: 0, total: low.length, previousFrom: null });
    expect(page.filterCounts.check).toBe(low.length);
  });

  it("names the last alignment change and the rows it made, until it is undone", async () => {
    expect((await loadReaderPageBySlug(temp.db, SLUG))!.lastChange).toBeNull();
    const row = all[3_000];
    await editAlignment(temp.db, documentId, { op: "merge", row: { side: "fr", paragraphId: row.fr[0].id } });
    const merged = (await loadReaderPageBySlug(temp.db, SLUG))!.lastChange;
    expect(merged).toMatchObject({ action: "merge", rows: [3_001] });
    await undoAlignmentEdit(temp.db, documentId);
    expect((await loadReaderPageBySlug(temp.db, SLUG))!.lastChange).toBeNull();
  });
});

describe("review states", () => {
  it("derives machine, imported, edited and reviewed from origin and status", () => {
    expect(reviewStateOf({ origin: "deepl", status: "machine" })).toBe("machine");
    expect(reviewStateOf({ origin: "memory", status: "machine" })).toBe("machine");
    expect(reviewStateOf({ origin: "imported", status: "draft" })).toBe("imported");
    expect(reviewStateOf({ origin: "edited", status: "draft" })).toBe("edited");
    expect(reviewStateOf({ origin: "edited", status: "reviewed" })).toBe("reviewed");
    expect(reviewStateOf({ origin: "imported", status: "reviewed" })).toBe("reviewed");
  });
});
