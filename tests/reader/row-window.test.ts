import { alignAll } from "../../lib/align/align-document";
import { isLowConfidence } from "../../lib/align/confidence";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { loadAlignedRows, type AlignedRow } from "../../lib/documents/aligned-rows";
import { checkRows } from "../../lib/glossary/check";
import { loadGlossaryTerms } from "../../lib/glossary/load-terms";
import { ensureDocumentFlags } from "../../lib/glossary/stored-flags";
import { loadReaderPageBySlug } from "../../lib/reader/load-reader";
import { loadRowOutline, type RowOutline } from "../../lib/reader/row-outline";
import { nearestMarkedRow } from "../../lib/reader/row-search";
import { loadRowWindow } from "../../lib/reader/row-window";
import { partsText } from "../../lib/reader/segments";
import { WINDOW_SIZE } from "../../lib/reader/windows";
import { createLongDocument, HEADING_EVERY } from "../e2e/fixtures/long-document";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(120_000);

const LINKS = 5_000;
let temp: TempDb;
/** Two documents of 5,000 links: one plain, one with loose paragraphs and an empty link. */
const docs: Record<"plain" | "loose", { id: number; all: AlignedRow[]; outline: RowOutline }> = {} as never;

/** What identifies a row: its link and its paragraphs. */
const shape = (r: AlignedRow) => ({ linkId: r.linkId, fr: r.fr.map((p) => [p.id, p.text]), en: r.en.map((p) => [p.id, p.text]) });

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  await alignAll(temp.db);
  for (const [name, loose] of [["plain", false], ["loose", true]] as const) {
    const id = await createLongDocument(temp.db, { slug: `long-${name}`, links: LINKS, loose, emptyLink: loose });
    docs[name] = { id, all: await loadAlignedRows(temp.db, id), outline: await loadRowOutline(temp.db, id) };
  }
});
afterAll(async () => temp?.close());

describe("numbering rows with SQL", () => {
  it("counts the rows loadAlignedRows gives: links with paragraphs, then loose paragraphs", () => {
    expect(docs.plain.outline.totalRows).toBe(LINKS);
    expect(docs.plain.all).toHaveLength(LINKS);
    // Five loose French, five loose English in the text, one of each at the end; the empty link is no row.
    expect(docs.loose.outline.totalRows).toBe(LINKS + 12);
    expect(docs.loose.all).toHaveLength(LINKS + 12);
    expect(docs.loose.outline.empty).toHaveLength(1);
  });

  it("gives each loose paragraph the row number it has in reading order", () => {
    const { all, outline } = docs.loose;
    for (const p of outline.loose) {
      const row = all[p.row - 1];
      expect(row.linkId).toBeNull();
      expect((p.side === "fr" ? row.fr : row.en)[0].id).toBe(p.id);
    }
    expect(outline.loose.map((p) => p.row)).toEqual(all.flatMap((r, i) => (r.linkId === null ? [i + 1] : [])));
  });

  it("lists the headings with the rows that hold them", () => {
    for (const { all, outline } of Object.values(docs)) {
      expect(outline.toc).toHaveLength(LINKS / HEADING_EVERY);
      for (const entry of outline.toc) expect(all[entry.row - 1].fr[0]).toMatchObject({ kind: "heading", text: entry.text });
    }
  });
});

describe("loadRowWindow", () => {
  it.each(["plain", "loose"] as const)("reads any window of the %s document as the same rows as the whole document, numbered", async (name) => {
    const { all, outline } = docs[name];
    const starts = [1, 201, 2_401, 4_801, outline.totalRows - 5];
    for (const first of starts) {
      const last = first + WINDOW_SIZE - 1;
      const window = await loadRowWindow(temp.db, outline, first, last);
      const expected = all.slice(first - 1, last);
      expect(window.map((r) => r.row)).toEqual(expected.map((_, i) => first + i));
      expect(window.map(shape)).toEqual(expected.map(shape));
    }
  });

  it("shows a document with no link as its two texts, a window of paragraphs of each side", async () => {
    const doc = await temp.db.document.create({
      data: {
        slug: "unaligned-long",
        titleFr: "Sans lien",
        sourceHash: "u",
        sourceParagraphs: { create: Array.from({ length: 450 }, (_, i) => ({ position: i, text: `fr ${i}`, hash: `f${i}`, kind: i % 100 === 0 ? "heading" : "body" })) },
        targetParagraphs: { create: Array.from({ length: 430 }, (_, i) => ({ position: i, text: `en ${i}`, hash: `e${i}` })) },
      },
    });
    const outline = await loadRowOutline(temp.db, doc.id);
    expect(outline).toMatchObject({ aligned: false, totalRows: 450 });
    expect(outline.toc.map((e) => e.row)).toEqual([1, 101, 201, 301, 401]);
    const [whole] = await loadRowWindow(temp.db, outline, 401, 600);
    expect(whole.fr.map((p) => p.text)).toEqual(Array.from({ length: 50 }, (_, i) => `fr ${400 + i}`));
    expect(whole.en.map((p) => p.text)).toEqual(Array.from({ length: 30 }, (_, i) => `en ${400 + i}`));
  });
});

describe("marked rows across windows", () => {
  const rowsWhere = (all: AlignedRow[], test: (r: AlignedRow) => boolean) => all.flatMap((r, i) => (test(r) ? [i + 1] : []));

  it("finds the next and previous low-confidence rows from any link, by SQL", async () => {
    const { all, outline } = docs.loose;
    const low = rowsWhere(all, (r) => r.linkId !== null && isLowConfidence(r.score));
    for (const at of [1, 700, 2_503, LINKS - 3]) {
      const row = all.slice(at - 1).find((r) => r.linkId !== null)!;
      const n = all.indexOf(row) + 1;
      const link = await temp.db.alignmentLink.findUniqueOrThrow({ where: { id: row.linkId! } });
      expect(await nearestMarkedRow(temp.db, outline, "check", link, "after")).toBe(low.find((r) => r > n) ?? null);
      expect(await nearestMarkedRow(temp.db, outline, "check", link, "before")).toBe([...low].reverse().find((r) => r < n) ?? null);
    }
  });

  it("finds the next glossary flag from the stored flags, as checkRows counts them", async () => {
    const { id, all, outline } = docs.plain;
    await ensureDocumentFlags(temp.db, id);
    const terms = await loadGlossaryTerms(temp.db);
    const flagged = new Set(checkRows({ id, slug: "long-plain" }, all, terms).map((f) => f.linkId));
    const expected = rowsWhere(all, (r) => r.linkId !== null && flagged.has(r.linkId));
    expect(expected.length).toBeGreaterThan(10);
    const from = all[2_999];
    const link = await temp.db.alignmentLink.findUniqueOrThrow({ where: { id: from.linkId! } });
    expect(await nearestMarkedRow(temp.db, outline, "flag", link, "after")).toBe(expected.find((r) => r > 3_000));
    expect(await nearestMarkedRow(temp.db, outline, "flag", link, "before")).toBe([...expected].reverse().find((r) => r < 3_000));
  });
});

describe("loadReaderPage on a long document", () => {
  it("sends one window, the one holding the row asked for, with navigation across windows", async () => {
    const page = (await loadReaderPageBySlug(temp.db, "long-loose", { row: 2_345 }))!;
    expect(page.totalRows).toBe(LINKS + 12);
    expect(page.window).toMatchObject({ first: 2_201, last: 2_400 });
    expect(page.window.rows).toHaveLength(WINDOW_SIZE);
    expect(page.window.rows.map((r) => r.row)).toEqual(Array.from({ length: WINDOW_SIZE }, (_, i) => 2_201 + i));
    const low = docs.loose.all.flatMap((r, i) => (r.linkId !== null && isLowConfidence(r.score) ? [i + 1] : []));
    expect(page.checks).toEqual({ count: low.length, previous: [...low].reverse().find((r) => r < 2_201), next: low.find((r) => r > 2_400) });
    // Glossary entries are sent for the names of this window only.
    const named = new Set(page.window.rows.flatMap((r) => [...r.fr, ...r.en]).flatMap((p) => p.parts.flatMap((s) => (typeof s === "string" ? [] : [s[1]]))));
    expect(Object.keys(page.window.glossary).map(Number).sort()).toEqual([...named].sort());
  });

  it("clamps a window past the end to the last one", async () => {
    const page = (await loadReaderPageBySlug(temp.db, "long-plain", { from: 999_999 }))!;
    expect(page.window).toMatchObject({ first: 4_801, last: 5_000 });
  });

  it("shows an edit at the next read, whoever wrote it (cached pages are keyed by the document's version)", async () => {
    const before = (await loadReaderPageBySlug(temp.db, "long-plain", { from: 4_001 }))!;
    expect(await loadReaderPageBySlug(temp.db, "long-plain", { from: 4_001 })).toMatchObject({ window: before.window });
    const row = before.window.rows[10];
    await temp.db.targetParagraph.update({ where: { id: row.en[0].id }, data: { text: "Corrected by another process.", version: { increment: 1 } } });
    const after = (await loadReaderPageBySlug(temp.db, "long-plain", { from: 4_001 }))!;
    expect(partsText(after.window.rows[10].en[0].parts)).toBe("Corrected by another process.");
    expect(after.window.rows[10].en[0].version).toBe(row.en[0].version! + 1);
  });

  it("marks a new glossary name at the next read", async () => {
    const page = (await loadReaderPageBySlug(temp.db, "long-plain", { from: 1 }))!;
    const heading = page.window.rows[0].fr[0];
    expect(heading.parts).toEqual(["Intertitre 1"]);
    await temp.db.glossaryEntry.create({ data: { kind: "other", fr: "Intertitre", en: "Subheading" } });
    const after = (await loadReaderPageBySlug(temp.db, "long-plain", { from: 1 }))!;
    expect(after.window.rows[0].fr[0].parts).toEqual([["Intertitre", expect.any(Number)], " 1"]);
  });
});
