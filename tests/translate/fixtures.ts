import type { Db } from "../../lib/db/client";
import { saveEntries } from "../../lib/glossary/save-entries";
import { hashText } from "../../lib/text/normalize";

/** A French article: its title and paragraphs (the title is paragraph 0, kind title). */
export const ARTICLE = {
  slug: "choigou-pyongyang",
  title: "Sergueï Choïgou rencontre Kim Jong Un à Pyongyang",
  paragraphs: [
    "Le secrétaire du Conseil de sécurité russe Sergueï Choïgou est arrivé mercredi à Pyongyang.",
    "Il a été reçu par Kim Jong Un, selon l'agence officielle KCNA.",
    "C'est la deuxième visite de M. Choïgu en Corée du Nord en moins de trois mois.",
    "Moscou et Pyongyang ont signé l'an dernier un traité de défense mutuelle.",
    "KCNA VIA KNS/AFP",
  ],
};

/** The article's credit line: copied unchanged, never sent to DeepL. */
export const CREDIT = "KCNA VIA KNS/AFP";
/** What DeepL is sent of the article: the title and every paragraph but the credit. */
export const SENT_TEXTS = [ARTICLE.title, ...ARTICLE.paragraphs.filter((p) => p !== CREDIT)];

export const GLOSSARY = [
  { kind: "person" as const, fr: "Sergueï Choïgou", en: "Sergei Shoigu", note: null, variants: { fr: ["Choïgou", "Choïgu"], en: ["Shoigu"] } },
  { kind: "person" as const, fr: "Kim Jong Un", en: "Kim Jong Un", note: null, variants: { fr: ["Kim Jong-Un"], en: [] } },
  { kind: "place" as const, fr: "Corée du Nord", en: "North Korea", note: null, variants: { fr: [], en: [] } },
  { kind: "place" as const, fr: "Moscou", en: "Moscow", note: null, variants: { fr: [], en: [] } },
];

export async function saveGlossary(db: Db, entries = GLOSSARY): Promise<void> {
  await saveEntries(db, entries);
}

/**
 * A document with French paragraphs only (none linked), as an import of a French article
 * without English leaves it. Returns its id and paragraph ids in order.
 */
export async function createFrenchDocument(db: Db, slug = ARTICLE.slug, title = ARTICLE.title, paragraphs = ARTICLE.paragraphs) {
  const texts = [title, ...paragraphs];
  const doc = await db.document.create({ data: { slug, titleFr: title, sourceHash: hashText(texts.join("\n")) } });
  const rows = await db.sourceParagraph.createManyAndReturn({
    data: texts.map((text, position) => ({ documentId: doc.id, position, kind: position === 0 ? "title" : "body", text, hash: hashText(text) })),
    select: { id: true },
  });
  return { documentId: doc.id, french: rows.map((r) => r.id) };
}

/** Adds English paragraphs (imported) to a document; returns their ids in order. */
export async function addEnglish(db: Db, documentId: number, texts: string[]): Promise<number[]> {
  const rows = await db.targetParagraph.createManyAndReturn({
    data: texts.map((text, position) => ({ documentId, position, kind: "body", text, hash: hashText(text), origin: "imported", status: "draft" })),
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** A link holding the given French and English paragraph ids. */
export async function link(db: Db, documentId: number, position: number, fr: number[], en: number[], locked = false) {
  const created = await db.alignmentLink.create({ data: { documentId, position, score: 0.9, method: "auto", locked } });
  await db.sourceParagraph.updateMany({ where: { id: { in: fr } }, data: { linkId: created.id } });
  await db.targetParagraph.updateMany({ where: { id: { in: en } }, data: { linkId: created.id } });
  return created.id;
}
