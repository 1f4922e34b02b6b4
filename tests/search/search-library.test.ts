import { alignAll, alignDocument } from "../../lib/align/align-document";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { saveTranslation } from "../../lib/editing/save-translation";
import { importContent } from "../../lib/import/import-file";
import { loadReaderPageBySlug } from "../../lib/reader/load-reader";
import { partsText } from "../../lib/reader/segments";
import type { FoundParagraph } from "../../lib/search/found-paragraphs";
import { searchLibrary, type SearchHit } from "../../lib/search/search-library";
import { foldWord, wordsOf } from "../../lib/search/words";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(120_000);

let temp: TempDb;
const KIM = "kim-soutien-inconditionnel-russie";
const CHOIGOU = "choigou-rencontre-kim-pyongyang";

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  await alignAll(temp.db);
});
afterAll(() => temp?.close());

/** The marked runs of a paragraph, as stored text. */
const marks = (p: FoundParagraph) => p.marks.map(([s, e]) => p.text.slice(s - p.start, e - p.start));
const marksOf = (hits: SearchHit[], side: "fr" | "en") => hits.flatMap((h) => h[side].flatMap(marks));
const folded = (text: string) => wordsOf(text).map((w) => w.folded).join(" ");

/** Every hit of a search, page after page. */
async function allHits(query: string, pageSize = 5): Promise<SearchHit[]> {
  const first = await searchLibrary(temp.db, query, { pageSize });
  const hits = [...first.hits];
  for (let page = 2; page <= first.pages; page++) hits.push(...(await searchLibrary(temp.db, query, { page, pageSize })).hits);
  return hits;
}

describe("searching the library's text", () => {
  it("finds French and English words alike, ignoring case and accents, marked in the stored text", async () => {
    const french = await searchLibrary(temp.db, "Choïgou");
    expect(french.total).toBeGreaterThan(3);
    expect(new Set(marksOf(french.hits, "fr"))).toEqual(new Set(["Choïgou"]));
    for (const spelling of ["choigou", "CHOÏGOU", "Choigou"]) expect((await searchLibrary(temp.db, spelling)).total).toBe(french.total);

    const english = await searchLibrary(temp.db, "shoigu");
    expect(english.total).toBeGreaterThan(3);
    expect(new Set(marksOf(english.hits, "en"))).toEqual(new Set(["Shoigu"]));
    expect(english.documents).toBe(2);
  });

  it("matches a row when each word is in its French or its English", async () => {
    const both = await allHits("Choïgou Shoigu");
    expect(both.length).toBeGreaterThan(2);
    for (const hit of both) {
      expect(marksOf([hit], "fr").map(folded)).toContain("choigou");
      expect(marksOf([hit], "en").map(folded)).toContain("shoigu");
    }
    const french = (await searchLibrary(temp.db, "Choïgou")).total;
    expect(both.length).toBeLessThanOrEqual(french);
  });

  it("finds phrases word after word, and words by their beginning", async () => {
    const phrase = await allHits('"Kim Jong Un"');
    expect(phrase.length).toBeGreaterThan(3);
    for (const hit of phrase) expect([...marksOf([hit], "fr"), ...marksOf([hit], "en")].map(folded)).toContain("kim jong un");
    // Kim and Un in one paragraph, not one after the other: not the phrase.
    expect((await searchLibrary(temp.db, '"Un Jong Kim"')).total).toBe(0);

    const prefix = await allHits("pyong*");
    expect(prefix.length).toBe((await searchLibrary(temp.db, "Pyongyang")).total);
    expect(new Set(marksOf(prefix, "fr").map(folded))).toEqual(new Set(["pyongyang"]));
  });

  it("links each result to its row: the reader's row N holds the same paragraphs", async () => {
    const hits = await allHits("Russie");
    expect(hits.length).toBeGreaterThan(5);
    for (const hit of hits) {
      const page = await loadReaderPageBySlug(temp.db, hit.document.slug, { row: hit.row });
      const row = page!.window.rows.find((r) => r.row === hit.row)!;
      expect([row.fr.map((p) => p.id), row.en.map((p) => p.id)]).toEqual([hit.fr.map((p) => p.id), hit.en.map((p) => p.id)]);
      // The text shown is the stored text (or, for a long paragraph, an excerpt of it).
      expect(row.fr.map((p, i) => partsText(p.parts).slice(hit.fr[i].start, hit.fr[i].start + hit.fr[i].text.length))).toEqual(hit.fr.map((p) => p.text));
    }
  });

  it("orders results newest document first, rows in reading order, a page at a time", async () => {
    const hits = await allHits("Kim", 4);
    const first = await searchLibrary(temp.db, "Kim", { pageSize: 4 });
    expect(hits).toHaveLength(first.total);
    expect(first.pages).toBe(Math.ceil(first.total / 4));
    expect(new Set(hits.map((h) => `${h.document.slug}#${h.row}`)).size).toBe(hits.length);
    const slugs = hits.map((h) => h.document.slug);
    expect(slugs.indexOf(CHOIGOU)).toBe(slugs.lastIndexOf(KIM) + 1);
    for (const slug of [KIM, CHOIGOU]) {
      const rows = hits.filter((h) => h.document.slug === slug).map((h) => h.row);
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
      expect(hits.find((h) => h.document.slug === slug)!.document.matches).toBe(rows.length);
    }
    // A page past the end is the last one.
    expect((await searchLibrary(temp.db, "Kim", { page: 999, pageSize: 4 })).page).toBe(first.pages);
  });

  it("never errors on what would be syntax to the database, and finds nothing in signs alone", async () => {
    for (const query of ['"', "*", "-", "NEAR", '"kim" NEAR/2 "jong"', "kim -russie", "AND OR NOT", "kim:*", "'kim' <-> 'jong'", "!kim & |", "(", "^kim", "col:kim", "\\", "';--"]) {
      const results = await searchLibrary(temp.db, query);
      expect(typeof results.total).toBe("number");
    }
    expect((await searchLibrary(temp.db, '"')).total).toBe(0);
    expect((await searchLibrary(temp.db, "* - ^")).hits).toEqual([]);
    expect((await searchLibrary(temp.db, "kim -russie")).total).toBe((await searchLibrary(temp.db, "kim russie")).total);
  });
});

describe("the index follows every write", () => {
  it("an edited translation is found by its new words, no longer by its old ones", async () => {
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: KIM } });
    const paragraph = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, kind: "body" }, orderBy: { position: "asc" } });
    const saved = await saveTranslation(temp.db, doc.id, { paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "A zygomorphic sentence.", status: "draft" });
    expect((await searchLibrary(temp.db, "zygomorphic")).hits.map((h) => h.en.map((p) => p.id))).toEqual([[paragraph.id]]);
    await saveTranslation(temp.db, doc.id, { paragraphId: paragraph.id, expectedVersion: saved.version, text: "A xylophonic sentence.", status: "draft" });
    expect((await searchLibrary(temp.db, "zygomorphic")).total).toBe(0);
    expect((await searchLibrary(temp.db, "xylophonic")).total).toBe(1);
  });

  it("a re-import finds the new paragraphs, not those it archived", async () => {
    const first = await importContent(temp.db, { name: "veille.txt", text: "Veille du matin\n\nLe quetzal est un oiseau.\n\nLe tapir dort." });
    expect((await searchLibrary(temp.db, "quetzal")).hits.map((h) => [h.document.slug, h.row])).toEqual([[first.slug, 2]]);
    await importContent(temp.db, { name: "veille.txt", text: "Veille du matin\n\nLe quokka est un marsupial.\n\nLe tapir dort." });
    expect((await searchLibrary(temp.db, "quetzal")).total).toBe(0);
    expect((await searchLibrary(temp.db, "quokka")).total).toBe(1);
    await temp.db.document.delete({ where: { slug: first.slug } });
    expect((await searchLibrary(temp.db, "quokka tapir")).total).toBe(0);
  });

  it("numbers the rows of a document not aligned yet as the reader does: row N holds paragraph N of each side", async () => {
    const stored = await importContent(
      temp.db,
      { name: "ecureuil.txt", text: "L’écureuil roux\n\nUn écureuil traverse la route.\n\nLe cœur de la forêt bat." },
      { en: { name: "ecureuil.en.txt", text: "The red squirrel\n\nA squirrel crosses the road.\n\nThe heart of the forest beats." } },
    );
    expect(await temp.db.alignmentLink.count({ where: { documentId: stored.documentId } })).toBe(0);
    const found = await searchLibrary(temp.db, "coeur");
    expect(found.hits.map((h) => [h.row, marksOf([h], "fr"), h.en.map((p) => p.text)])).toEqual([[3, ["cœur"], ["The heart of the forest beats."]]]);
    const squirrel = await searchLibrary(temp.db, "ecureuil");
    expect(squirrel.hits.map((h) => [h.row, h.en.map((p) => p.text)])).toEqual([[1, ["The red squirrel"]], [2, ["A squirrel crosses the road."]]]);
    // Not aligned yet, paragraph N of one side is no translation of paragraph N of the
    // other: each paragraph is searched on its own.
    expect((await searchLibrary(temp.db, "ecureuil squirrel")).total).toBe(0);
  });

  it("places a paragraph no link holds where the reader does", async () => {
    const doc = await temp.db.document.findFirstOrThrow({ where: { importedFrom: "ecureuil.txt" } });
    await alignDocument(temp.db, doc.slug);
    await temp.db.sourceParagraph.create({ data: { documentId: doc.id, position: 99, kind: "body", text: "Un paragraphe orphelin sur le xénon.", hash: "orphan" } });
    const [hit] = (await searchLibrary(temp.db, "xenon")).hits;
    expect(hit.en).toEqual([]);
    const page = await loadReaderPageBySlug(temp.db, doc.slug, { row: hit.row });
    expect(page!.window.rows.find((r) => r.row === hit.row)!.fr.map((p) => p.id)).toEqual(hit.fr.map((p) => p.id));
    expect(hit.row).toBe(page!.totalRows);
  });
});
