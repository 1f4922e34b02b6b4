import { alignAll } from "../../lib/align/align-document";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { checkDocument, checkDocuments } from "../../lib/glossary/check";
import { countFlags, countStaleDocuments, refreshStaleFlags } from "../../lib/glossary/stored-flags";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { loadAlignedSample } from "./sample";

let temp: TempDb;
beforeAll(async () => {
  temp = await createTempDb();
  await loadAlignedSample(temp.db, { keepGlossary: true });
});
afterAll(() => temp.close());

/** The stored flags per document slug, after checking every stale document. */
async function countFlagsByDocument(db: TempDb["db"]): Promise<Map<string, number>> {
  await refreshStaleFlags(db);
  const docs = await db.document.findMany({ select: { id: true, slug: true } });
  const counts = await countFlags(db, docs.map((d) => d.id));
  return new Map(docs.flatMap((d) => (counts.get(d.id) ? [[d.slug, counts.get(d.id)!] as const] : [])));
}

const CHOIGOU = "choigou-rencontre-kim-pyongyang";
const KIM = "kim-soutien-inconditionnel-russie";

describe("glossary consistency check", () => {
  it("finds nothing to flag in the correctly aligned sample but one real paraphrase", async () => {
    const flags = await checkDocuments(temp.db);
    // "selon KCNA" is rendered "the agency added": a true flag, and the only one.
    expect(flags.map((f) => [f.doc, f.fr, f.expected])).toEqual([[KIM, "KCNA", "KCNA"]]);
    expect(await countFlagsByDocument(temp.db)).toEqual(new Map([[KIM, 1]]));
  });

  it("flags a wrong transliteration, naming the pair and the expected form", async () => {
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: CHOIGOU } });
    const paragraph = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, text: { startsWith: "Shoigu's trip" } } });
    await temp.db.targetParagraph.update({ where: { id: paragraph.id }, data: { text: paragraph.text.replace(/Shoigu/g, "Choigu") } });
    try {
      const flags = await checkDocument(temp.db, doc.id);
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({
        doc: CHOIGOU,
        fr: "Choïgou",
        entryFr: "Sergueï Choïgou",
        expected: "Sergei Shoigu",
        accepted: expect.arrayContaining(["Sergei Shoigu", "Shoigu", "Sergey Shoigu"]),
        linkId: paragraph.linkId,
      });
      expect(flags[0].enParagraphIds).toContain(paragraph.id);
      const fr = await temp.db.sourceParagraph.findMany({ where: { id: { in: flags[0].frParagraphIds } } });
      expect(fr.every((p) => p.text.includes("Choïgou"))).toBe(true);
      expect((await countFlagsByDocument(temp.db)).get(CHOIGOU)).toBe(1);
    } finally {
      await temp.db.targetParagraph.update({ where: { id: paragraph.id }, data: { text: paragraph.text } });
    }
  });

  it("accepts any English variant, and follows glossary changes at once", async () => {
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: CHOIGOU } });
    const paragraph = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, text: { startsWith: "Shoigu's trip" } } });
    await temp.db.targetParagraph.update({ where: { id: paragraph.id }, data: { text: paragraph.text.replace(/Shoigu/g, "Shoygu") } });
    try {
      expect(await checkDocument(temp.db, doc.id)).toHaveLength(1);
      const entry = await temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Sergueï Choïgou" } });
      const variant = await temp.db.glossaryVariant.create({ data: { entryId: entry.id, lang: "en", text: "Shoygu" } });
      expect(await checkDocument(temp.db, doc.id)).toHaveLength(0);
      await temp.db.glossaryVariant.delete({ where: { id: variant.id } });
    } finally {
      await temp.db.targetParagraph.update({ where: { id: paragraph.id }, data: { text: paragraph.text } });
    }
  });

  it("skips one-sided rows and unaligned paragraphs", async () => {
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: KIM } });
    // The Macron caption has no English: nothing is expected of it.
    const caption = await temp.db.sourceParagraph.findFirstOrThrow({ where: { documentId: doc.id, text: { contains: "Shangri-La Dialogue à Singapour" } } });
    const flags = await checkDocument(temp.db, doc.id);
    expect(flags.some((f) => f.frParagraphIds.includes(caption.id))).toBe(false);
  });

  it("agrees on the aligner's own alignment of the sample", async () => {
    const t = await createTempDb();
    try {
      await loadSampleCorpus(t.db);
      await alignAll(t.db);
      expect((await checkDocuments(t.db)).map((f) => [f.doc, f.fr])).toEqual([[KIM, "KCNA"]]);
    } finally {
      await t.close();
    }
  });

  it("names an unknown document", async () => {
    await expect(checkDocuments(temp.db, ["nope"])).rejects.toMatchObject({ code: "documentNotFound", field: "document", value: "nope", message: 'document "nope": no document with this slug' });
  });
});

describe("stored flags", () => {
  it("are stale after a change to the document or to the glossary, and checked again", async () => {
    await countFlagsByDocument(temp.db);
    expect(await countStaleDocuments(temp.db)).toBe(0);
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: KIM } });
    const link = await temp.db.alignmentLink.findFirstOrThrow({ where: { documentId: doc.id } });
    await temp.db.alignmentLink.update({ where: { id: link.id }, data: { score: link.score } });
    expect(await countStaleDocuments(temp.db)).toBe(1);
    await countFlagsByDocument(temp.db);
    const entry = await temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "KCNA" } });
    await temp.db.glossaryVariant.create({ data: { entryId: entry.id, lang: "en", text: "the agency" } });
    try {
      expect(await countStaleDocuments(temp.db)).toBe(2);
      // "the agency added" now satisfies the entry: the one flag is gone once checked again.
      expect(await countFlagsByDocument(temp.db)).toEqual(new Map());
      expect(await countStaleDocuments(temp.db)).toBe(0);
    } finally {
      await temp.db.glossaryVariant.deleteMany({ where: { entryId: entry.id, text: "the agency" } });
    }
    expect(await countFlagsByDocument(temp.db)).toEqual(new Map([[KIM, 1]]));
  });

  it("store how often each document names each entry", async () => {
    await refreshStaleFlags(temp.db);
    const entry = await temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Sergueï Choïgou" } });
    const mentions = await temp.db.glossaryMention.findMany({ where: { entryId: entry.id }, include: { document: true } });
    expect(mentions.map((m) => m.document.slug).sort()).toEqual([CHOIGOU, KIM]);
    expect(mentions.every((m) => m.count > 0)).toBe(true);
  });
});
