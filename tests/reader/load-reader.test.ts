import { LOW_CONFIDENCE } from "../../lib/align/confidence";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { backgroundSentenceStores } from "../../lib/align/sentences/sentence-store";
import { loadReaderPageBySlug } from "../../lib/reader/load-reader";
import { partsText } from "../../lib/reader/segments";
import { createTempDb, type TempDb } from "../helpers/temp-db";

const SLUG = "choigou-rencontre-kim-pyongyang";
let temp: TempDb;

/** A document's first window, with the counts the header shows. */
async function loadReaderDocument(db: TempDb["db"], slug: string) {
  const page = await loadReaderPageBySlug(db, slug);
  return page && { ...page, rows: page.window.rows, glossary: page.window.glossary, lowConfidenceLinks: page.checks.count, glossaryFlags: page.flags.count };
}

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
  // Known links only, whatever loading the corpus did.
  await temp.db.alignmentLink.deleteMany({});
  // Three links: 1-1 (dateline), 1-1 (title, scored low), 1-3 (first body paragraph).
  const specs = [
    { fr: [0], en: [0], score: 0.9 },
    { fr: [1], en: [1], score: LOW_CONFIDENCE - 0.1 },
    { fr: [2], en: [2, 3, 4], score: LOW_CONFIDENCE },
  ];
  for (const [position, spec] of specs.entries()) {
    const link = await temp.db.alignmentLink.create({ data: { documentId: doc.id, position, score: spec.score, method: "auto" } });
    await temp.db.sourceParagraph.updateMany({ where: { documentId: doc.id, position: { in: spec.fr } }, data: { linkId: link.id } });
    await temp.db.targetParagraph.updateMany({ where: { documentId: doc.id, position: { in: spec.en } }, data: { linkId: link.id } });
  }
});
afterAll(async () => temp?.close());

describe("loadReaderDocument", () => {
  it("is null for an unknown slug", async () => {
    expect(await loadReaderDocument(temp.db, "no-such-slug")).toBeNull();
  });

  it("gives one row per link, then the paragraphs no link holds, each text intact", async () => {
    const doc = (await loadReaderDocument(temp.db, SLUG))!;
    expect(doc.aligned).toBe(true);
    expect(doc.rows.slice(0, 3).map((r) => [r.fr.length, r.en.length])).toEqual([[1, 1], [1, 1], [1, 3]]);
    expect(doc.rows.slice(0, 3).every((r) => r.linkId !== null)).toBe(true);
    const lone = doc.rows.slice(3);
    expect(lone.every((r) => r.linkId === null && r.fr.length + r.en.length === 1)).toBe(true);
    expect(new Set(doc.rows.map((r) => r.key)).size).toBe(doc.rows.length);
    const stored = await temp.db.sourceParagraph.findMany({ where: { document: { slug: SLUG } }, orderBy: { position: "asc" } });
    const shown = doc.rows.flatMap((r) => r.fr).map((p) => partsText(p.parts));
    expect(shown).toEqual(stored.map((p) => p.text));
  });

  it("sends each linked paragraph's sentences, paired across the columns, and none for a paragraph no link holds", async () => {
    const doc = (await loadReaderDocument(temp.db, SLUG))!;
    // The 1-3 link: several sentences a side, each inside its paragraph's text.
    const row = doc.rows[2];
    for (const p of [...row.fr, ...row.en]) {
      expect(p.sentences?.length).toBeGreaterThan(0);
      const length = partsText(p.parts).length;
      for (const [start, end] of p.sentences!) expect(0 <= start && start < end && end <= length).toBe(true);
    }
    const pairs = (side: "fr" | "en") => new Set(row[side].flatMap((p) => p.sentences!.map((s) => s[2])));
    expect(pairs("fr").size).toBeGreaterThan(2);
    // The pairings meet across the columns: those are the counterparts the page lights.
    const en = pairs("en");
    expect([...pairs("fr")].filter((pair) => en.has(pair)).length).toBeGreaterThan(2);
    expect(JSON.stringify(row.fr[0].sentences).length).toBeLessThan(20 * row.fr[0].sentences!.length);
    expect(doc.rows.slice(3).every((r) => [...r.fr, ...r.en].every((p) => p.sentences === undefined))).toBe(true);
    // Computed for the page, then stored in the background (a GET never waits for the write lock).
    await backgroundSentenceStores();
    expect(await temp.db.sentenceAlignment.count()).toBeGreaterThanOrEqual(3);
  });

  it("marks only links scored below the threshold as low confidence", async () => {
    const doc = (await loadReaderDocument(temp.db, SLUG))!;
    expect(doc.rows.slice(0, 3).map((r) => r.lowConfidence)).toEqual([false, true, false]);
    expect(doc.lowConfidenceLinks).toBe(1);
  });

  it("marks glossary names in both languages and sends each entry it uses once", async () => {
    const doc = (await loadReaderDocument(temp.db, SLUG))!;
    const title = doc.rows[1];
    const names = (p: (typeof title.fr)[number]) => p.parts.filter((s): s is [string, number] => typeof s !== "string");
    const [, shoigu] = names(title.fr[0]).find(([text]) => text === "Sergueï Choïgou")!;
    expect(names(title.en[0]).find(([text]) => text === "Sergei Shoigu")![1]).toBe(shoigu);
    expect(doc.glossary[shoigu]).toMatchObject({ fr: "Sergueï Choïgou", en: "Sergei Shoigu", kind: "person" });
    const used = new Set(doc.rows.flatMap((r) => [...r.fr, ...r.en]).flatMap((p) => names(p).map(([, id]) => id)));
    expect(Object.keys(doc.glossary).map(Number).sort((a, b) => a - b)).toEqual([...used].sort((a, b) => a - b));
  });

  it("shows a document with no link at all as its two texts whole, in one row", async () => {
    const doc = (await loadReaderDocument(temp.db, "kim-soutien-inconditionnel-russie"))!;
    expect(doc.aligned).toBe(false);
    expect(doc.rows).toHaveLength(1);
    expect([doc.rows[0].fr.length, doc.rows[0].en.length]).toEqual([34, 32]);
    expect(doc.rows[0].fr.map((p) => p.kind).slice(0, 3)).toEqual(["title", "credit", "caption"]);
  });
});

describe("glossary flags in the reader", () => {
  it("puts each flag on its row and gives every English paragraph its version", async () => {
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
    const title = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position: 1 } });
    // The English title loses "Shoigu": the French title's Sergueï Choïgou is now unmatched.
    await temp.db.targetParagraph.update({ where: { id: title.id }, data: { text: title.text.replace("Sergei Shoigu", "Sergei Choigu"), version: 2 } });
    const reader = (await loadReaderDocument(temp.db, SLUG))!;
    expect(reader.rows[1].flags).toEqual([{ fr: "Sergueï Choïgou", expected: "Sergei Shoigu" }]);
    expect(reader.rows.filter((r) => r.flags.length)).toHaveLength(1);
    expect(reader.glossaryFlags).toBe(1);
    expect(reader.rows[1].en[0].version).toBe(2);
    await temp.db.targetParagraph.update({ where: { id: title.id }, data: { text: title.text, version: 1 } });
  });
});
