// Sentence pairings of stored links: computed when first asked for, stored with the link,
// read back while its paragraphs are unchanged, recomputed after an edit, a re-alignment
// or a glossary change. Runs on SQLite and PostgreSQL (tests/helpers/temp-db.ts).
import { alignDocument } from "../../lib/align/align-document";
import { backgroundSentenceStores, sentenceLinksFor, storeDocumentSentences, type LinkSentences } from "../../lib/align/sentences/sentence-store";
import { saveTranslation } from "../../lib/editing/save-translation";
import { createEntry } from "../../lib/glossary/entries";
import { importContent } from "../../lib/import/import-file";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(60_000);

const FRENCH = [
  "Visite à Berlin",
  "M. Macron a reçu lundi 3 mars à l'Élysée le chancelier Olaf Scholz. Les deux dirigeants ont parlé de l'Ukraine pendant 2 heures.",
  "Ils doivent se revoir à Berlin le 14 avril, selon l'Élysée. Aucune date n'a été fixée pour le sommet à trois avec la Pologne, prévu à l'automne 2026 à Varsovie, a ajouté un conseiller.",
];
const ENGLISH = [
  "Visit to Berlin",
  "Mr Macron received Chancellor Olaf Scholz at the Élysée on Monday, March 3. The two leaders talked about Ukraine for 2 hours.",
  "They are due to meet again in Berlin on April 14, according to the Élysée.",
];

let temp: TempDb;
let documentId: number;
let linkIds: number[];

beforeEach(async () => {
  temp = await createTempDb();
  await importContent(temp.db, { name: "berlin.txt", text: FRENCH.join("\n\n") }, { slug: "berlin", en: { name: "berlin.en.txt", text: ENGLISH.join("\n\n") } });
  documentId = (await temp.db.document.findUniqueOrThrow({ where: { slug: "berlin" } })).id;
  await alignDocument(temp.db, "berlin");
  linkIds = (await temp.db.alignmentLink.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true } })).map((l) => l.id);
});
afterEach(async () => {
  await temp.close();
});

/** Each sentence's text, read through its offsets from the stored paragraphs, and the pairs as texts. */
async function readable(s: LinkSentences) {
  const text = async (side: "fr" | "en", o: { paragraphId: number; start: number; end: number }) => {
    const p = side === "fr" ? await temp.db.sourceParagraph.findUniqueOrThrow({ where: { id: o.paragraphId } }) : await temp.db.targetParagraph.findUniqueOrThrow({ where: { id: o.paragraphId } });
    return p.text.slice(o.start, o.end);
  };
  const fr = await Promise.all(s.fr.map((o) => text("fr", o)));
  const en = await Promise.all(s.en.map((o) => text("en", o)));
  return s.pairs.map((p) => [p.fr.map((k) => fr[k]), p.en.map((k) => en[k])]);
}

describe("sentenceLinksFor", () => {
  it("gives each link's sentences with offsets into its paragraphs, and how they pair", async () => {
    expect(linkIds).toHaveLength(3);
    const links = await sentenceLinksFor(temp.db, linkIds);
    expect([...links.keys()]).toEqual(linkIds);
    expect(await readable(links.get(linkIds[1])!)).toEqual([
      [["M. Macron a reçu lundi 3 mars à l'Élysée le chancelier Olaf Scholz."], ["Mr Macron received Chancellor Olaf Scholz at the Élysée on Monday, March 3."]],
      [["Les deux dirigeants ont parlé de l'Ukraine pendant 2 heures."], ["The two leaders talked about Ukraine for 2 hours."]],
    ]);
    // The English leaves the last French sentence out.
    expect(await readable(links.get(linkIds[2])!)).toEqual([
      [["Ils doivent se revoir à Berlin le 14 avril, selon l'Élysée."], ["They are due to meet again in Berlin on April 14, according to the Élysée."]],
      [["Aucune date n'a été fixée pour le sommet à trois avec la Pologne, prévu à l'automne 2026 à Varsovie, a ajouté un conseiller."], []],
    ]);
    for (const s of links.values()) for (const p of s.pairs) expect(p.score).toBeGreaterThanOrEqual(0);
  });

  it("stores what it computed, and reads it back while the link's paragraphs are unchanged", async () => {
    const first = await sentenceLinksFor(temp.db, linkIds);
    expect(await temp.db.sentenceAlignment.count()).toBe(3);
    // A stored row is what the next call returns: altered in place, the alteration comes back.
    const row = await temp.db.sentenceAlignment.findUniqueOrThrow({ where: { linkId: linkIds[1] } });
    const data = JSON.parse(row.data);
    data.pairs[0][2] = 123;
    await temp.db.sentenceAlignment.update({ where: { linkId: linkIds[1] }, data: { data: JSON.stringify(data) } });
    const second = await sentenceLinksFor(temp.db, linkIds);
    expect(second.get(linkIds[1])!.pairs[0].score).toBe(0.123);
    expect(second.get(linkIds[2])).toEqual(first.get(linkIds[2]));
  });

  it("recomputes a link after its English is edited, and stores the new pairing", async () => {
    await sentenceLinksFor(temp.db, linkIds);
    const english = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId, position: 2 } });
    await saveTranslation(temp.db, documentId, {
      paragraphId: english.id,
      expectedVersion: english.version,
      text: "They are due to meet again in Berlin on April 14, according to the Élysée. No date has been set for the three-way summit with Poland, planned for autumn 2026 in Warsaw, an adviser added.",
    });
    const before = await temp.db.sentenceAlignment.findUniqueOrThrow({ where: { linkId: linkIds[2] } });
    const links = await sentenceLinksFor(temp.db, [linkIds[2]]);
    expect(await readable(links.get(linkIds[2])!)).toEqual([
      [["Ils doivent se revoir à Berlin le 14 avril, selon l'Élysée."], ["They are due to meet again in Berlin on April 14, according to the Élysée."]],
      [
        ["Aucune date n'a été fixée pour le sommet à trois avec la Pologne, prévu à l'automne 2026 à Varsovie, a ajouté un conseiller."],
        ["No date has been set for the three-way summit with Poland, planned for autumn 2026 in Warsaw, an adviser added."],
      ],
    ]);
    const after = await temp.db.sentenceAlignment.findUniqueOrThrow({ where: { linkId: linkIds[2] } });
    expect(after.sourceKey).not.toBe(before.sourceKey);
  });

  it("drops the stored pairings of links a re-alignment replaces, and computes the new links'", async () => {
    await sentenceLinksFor(temp.db, linkIds);
    await alignDocument(temp.db, "berlin");
    expect(await temp.db.sentenceAlignment.count({ where: { linkId: { in: linkIds } } })).toBe(0);
    const fresh = (await temp.db.alignmentLink.findMany({ where: { documentId }, select: { id: true } })).map((l) => l.id);
    expect((await sentenceLinksFor(temp.db, fresh)).size).toBe(3);
  });

  it("recomputes after a glossary change (a name matched through the glossary counts as evidence)", async () => {
    await sentenceLinksFor(temp.db, linkIds);
    const before = await temp.db.sentenceAlignment.findUniqueOrThrow({ where: { linkId: linkIds[1] } });
    await createEntry(temp.db, { kind: "place", fr: "Élysée", en: "Élysée Palace" });
    await sentenceLinksFor(temp.db, [linkIds[1]]);
    const after = await temp.db.sentenceAlignment.findUniqueOrThrow({ where: { linkId: linkIds[1] } });
    expect(after.sourceKey).not.toBe(before.sourceKey);
  });

  it("with store: false, computes without writing; unknown links are left out", async () => {
    const links = await sentenceLinksFor(temp.db, [...linkIds, 999_999], { store: false });
    expect([...links.keys()]).toEqual(linkIds);
    expect(await temp.db.sentenceAlignment.count()).toBe(0);
    expect((await sentenceLinksFor(temp.db, [])).size).toBe(0);
  });

  it("with store: \"background\", answers at once and stores what it computed afterwards", async () => {
    const links = await sentenceLinksFor(temp.db, linkIds, { store: "background" });
    expect(links.size).toBe(3);
    await backgroundSentenceStores();
    expect((await temp.db.sentenceAlignment.findMany({ orderBy: { linkId: "asc" } })).map((r) => r.linkId)).toEqual(linkIds);
  });

  it("storeDocumentSentences stores every link of a document", async () => {
    expect(await storeDocumentSentences(temp.db, documentId)).toBe(3);
    expect(await temp.db.sentenceAlignment.count()).toBe(3);
  });
});
