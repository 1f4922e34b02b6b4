import { saveTranslation } from "../../lib/editing/save-translation";
import { readReaderVersion } from "../../lib/reader/reader-version";
import { loadRowOutline } from "../../lib/reader/row-outline";
import { WINDOW_SIZE } from "../../lib/reader/windows";
import { documentMatches } from "../../lib/search/document-matches";
import { findInDocument } from "../../lib/search/find-in-document";
import { parseSearchQuery } from "../../lib/search/query";
import { SEARCH_PAGE_SIZE, searchLibrary, type SearchHit } from "../../lib/search/search-library";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { matchingRows, seedSearchLibrary } from "./fixtures/search-library";

/**
 * Search at scale, on both databases: 1,500 documents of 6 pairs, and one of 1,000 rows
 * for find in a document. What the index finds is checked against the rows' text, read
 * with the same rules in JavaScript (lib/search/highlight.ts).
 */

jest.setTimeout(300_000);

const DOCUMENTS = 1_500;
const PAIRS = 6;
const LONG_ROWS = 1_000;
let temp: TempDb;
let longId: number;

beforeAll(async () => {
  temp = await createTempDb();
  await seedSearchLibrary(temp.db, { documents: DOCUMENTS, pairs: PAIRS });
  // Older than every other document: listed last.
  [longId] = await seedSearchLibrary(temp.db, { documents: 1, pairs: LONG_ROWS, prefix: "long", shiftDays: -1_000 });
});
afterAll(() => temp?.close());

/** The rows of the long document that match, in order. */
const longRows = (search: string) => matchingRows(search, 1, LONG_ROWS);

/** The rows the library holds for a search, newest document first: [document number (0 for the long one), row]. */
function expectedRows(search: string): [number, number][] {
  const rows: [number, number][] = [];
  for (let n = DOCUMENTS; n >= 1; n--) rows.push(...matchingRows(search, n, PAIRS).map((row): [number, number] => [n, row]));
  return [...rows, ...longRows(search).map((row): [number, number] => [0, row])];
}

const keys = (hits: SearchHit[]) => hits.map((h) => [h.document.slug.startsWith("long-") ? 0 : Number(h.document.slug.replace("depeche-", "")), h.row]);

describe(`searching ${DOCUMENTS.toLocaleString("en")} documents`, () => {
  it.each(["Pyongyang", "Choïgou Shoigu", "1234", "pyong*", '"Nations unies"', "Genève", "d'avant", "coeur", "le", "the de"])(
    "finds exactly the rows whose text holds %s, newest first",
    async (search) => {
      const expected = expectedRows(search);
      const first = await searchLibrary(temp.db, search);
      expect(first.total).toBe(expected.length);
      expect(keys(first.hits)).toEqual(expected.slice(0, SEARCH_PAGE_SIZE));
      const last = await searchLibrary(temp.db, search, { page: first.pages });
      expect(keys(last.hits)).toEqual(expected.slice((first.pages - 1) * SEARCH_PAGE_SIZE));
    },
  );

  it("marks the words found in both columns", async () => {
    const { hits, total } = await searchLibrary(temp.db, "Choïgou Shoigu cœur");
    expect(total).toBe(DOCUMENTS / 50);
    expect(hits).toHaveLength(SEARCH_PAGE_SIZE);
    for (const hit of hits) {
      expect(hit.row).toBe(3);
      expect(hit.fr[0].marks.map(([s, e]) => hit.fr[0].text.slice(s, e))).toEqual(["Choïgou", "cœur"]);
      expect(hit.en[0].marks.map(([s, e]) => hit.en[0].text.slice(s, e))).toEqual(["Shoigu"]);
    }
  });
});

describe(`finding words in a document of ${LONG_ROWS.toLocaleString("en")} rows`, () => {
  it("counts the document's matching rows and finds the nearest ones around a window", async () => {
    const version = (await readReaderVersion(temp.db, "long-1"))!;
    const query = parseSearchQuery("Genève");
    const expected = longRows("Genève");
    expect(expected.length).toBeGreaterThan(20);
    const window = { first: WINDOW_SIZE + 1, last: 2 * WINDOW_SIZE };
    const found = await findInDocument(temp.db, version, query, window);
    expect(found.count).toBe(expected.length);
    expect(found.inWindow).toEqual(expected.filter((r) => r >= window.first && r <= window.last));
    expect(found.previous).toBe(expected.filter((r) => r < window.first).at(-1));
    expect(found.next).toBe(expected.find((r) => r > window.last));
    const outline = await loadRowOutline(temp.db, longId);
    expect((await documentMatches(temp.db, outline, query.terms)).map((m) => m.row)).toEqual(expected);
  });

  it("sees an edit at once: the document's next version is searched again", async () => {
    const query = parseSearchQuery("zeppelin");
    const before = await findInDocument(temp.db, (await readReaderVersion(temp.db, "long-1"))!, query, { first: 1, last: WINDOW_SIZE });
    expect(before).toMatchObject({ count: 0, inWindow: [], previous: null, next: null });
    const paragraph = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: longId, position: 700 } });
    await saveTranslation(temp.db, longId, { paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "A zeppelin flew over.", status: "draft" });
    const after = await findInDocument(temp.db, (await readReaderVersion(temp.db, "long-1"))!, query, { first: 1, last: WINDOW_SIZE });
    expect(after).toMatchObject({ count: 1, inWindow: [], previous: null, next: 701 });
  });
});
