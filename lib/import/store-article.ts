import type { Db, Tx } from "../db/client";
import { UserError } from "../errors";
import { hashList, hashText } from "../text/normalize";
import type { TypedParagraph } from "../text/paragraph-kind";
import { slugify } from "../text/slug";
import type { ParsedArticle } from "./article";
import { matchUnchanged } from "./match-unchanged";

export interface StoreOptions {
  /** Identifies the document; by default the imported file's name, then the title. */
  slug?: string;
  source?: string;
  /** Base name of the imported file. */
  importedFrom?: string;
  /** The English translation's paragraphs, stored as the document's English side. */
  english?: TypedParagraph[];
  /**
   * Allows the English file to replace English paragraphs a person corrected or reviewed
   * in the reader (and their history). Without it such an import is refused.
   */
  replaceEdited?: boolean;
}

export interface SideChanges {
  kept: number;
  added: number;
  removed: number;
}

export interface StoreResult {
  documentId: number;
  slug: string;
  outcome: "created" | "updated" | "unchanged";
  french: SideChanges;
  english: SideChanges | null;
}

/** A paragraph row as re-imports compare it with the new text. */
export interface StoredParagraph {
  id: number;
  position: number;
  kind: string;
  text: string;
  hash: string;
  linkId: number | null;
}

type Side = "source" | "target";

const withHashes = (paragraphs: readonly TypedParagraph[]) =>
  paragraphs.map((p, position) => ({ ...p, position, hash: hashText(p.text) }));

const titleOf = (paragraphs: readonly TypedParagraph[] | undefined) =>
  paragraphs?.find((p) => p.kind === "title")?.text ?? null;

async function uniqueSlug(tx: Tx, wanted: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    if (!(await tx.document.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

async function createParagraphs(tx: Tx, side: Side, documentId: number, paragraphs: ReturnType<typeof withHashes>) {
  const rows = paragraphs.map((p) => ({ documentId, position: p.position, kind: p.kind, text: p.text, hash: p.hash }));
  if (side === "source") {
    await tx.sourceParagraph.createMany({ data: rows });
    return;
  }
  const created = await tx.targetParagraph.createManyAndReturn({
    data: rows.map((r) => ({ ...r, origin: "imported", status: "draft" })),
    select: { id: true, text: true },
  });
  // The imported text is each English paragraph's first revision.
  await tx.revision.createMany({
    data: created.map((p) => ({ paragraphId: p.id, version: 1, text: p.text, origin: "imported", status: "draft" })),
  });
}

/**
 * Brings one side of a stored document in line with newly imported paragraphs. Paragraphs
 * whose text did not change keep their row (and so their English, revisions and links);
 * the others are removed or added. Links that lose a paragraph are dropped for the aligner
 * to redo. Returns what changed.
 */
async function syncSide(
  tx: Tx,
  side: Side,
  documentId: number,
  incoming: ReturnType<typeof withHashes>,
  replaceEdited = false,
): Promise<SideChanges> {
  // Both paragraph tables have the columns used here, so one code path serves both sides.
  const table = (side === "source" ? tx.sourceParagraph : tx.targetParagraph) as unknown as Tx["sourceParagraph"];
  const existing: StoredParagraph[] = await table.findMany({
    where: { documentId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, kind: true, text: true, hash: true, linkId: true },
  });
  const pairs = matchUnchanged(existing.map((p) => p.hash), incoming.map((p) => p.hash));
  const keptOld = new Set(pairs.map(([o]) => o));
  const keptNew = new Set(pairs.map(([, n]) => n));
  const removed = existing.filter((_, i) => !keptOld.has(i));
  if (side === "target" && removed.length && !replaceEdited) {
    const corrected = await tx.targetParagraph.count({
      where: { id: { in: removed.map((p) => p.id) }, OR: [{ origin: "edited" }, { status: "reviewed" }] },
    });
    if (corrected) {
      throw new UserError(
        `--en: the new English would replace ${corrected} paragraph${corrected > 1 ? "s" : ""} corrected or reviewed in the reader; add --replace-edited to replace them anyway`,
      );
    }
  }

  const brokenLinks = [...new Set(removed.map((p) => p.linkId).filter((id): id is number => id !== null))];
  if (brokenLinks.length) await tx.alignmentLink.deleteMany({ where: { id: { in: brokenLinks } } });
  if (removed.length) {
    await table.deleteMany({ where: { id: { in: removed.map((p) => p.id) } } });
  }
  for (const [o, n] of pairs) {
    const before = existing[o];
    const after = incoming[n];
    if (before.position !== after.position || before.kind !== after.kind || before.text !== after.text) {
      await table.update({
        where: { id: before.id },
        data: { position: after.position, kind: after.kind, text: after.text },
      });
    }
  }
  await createParagraphs(tx, side, documentId, incoming.filter((_, i) => !keptNew.has(i)));
  return { kept: pairs.length, added: incoming.length - pairs.length, removed: removed.length };
}

const unchangedSide = (n: number): SideChanges => ({ kept: n, added: 0, removed: 0 });

/**
 * Stores an imported article in one transaction: a new document, or an update of the
 * document it was imported as before. Importing the same content again writes nothing.
 */
export async function storeArticle(db: Db, article: ParsedArticle, options: StoreOptions = {}): Promise<StoreResult> {
  const french = withHashes(article.paragraphs);
  const english = options.english ? withHashes(options.english) : undefined;
  const sourceHash = hashList(french.map((p) => p.hash));

  return db.$transaction(async (tx) => {
    const existing = options.slug
      ? await tx.document.findUnique({ where: { slug: options.slug } })
      : ((options.importedFrom && (await tx.document.findFirst({ where: { importedFrom: options.importedFrom } }))) ||
        (await tx.document.findUnique({ where: { slug: slugify(article.title) } })));

    const metadata = {
      titleFr: article.title,
      dateline: article.dateline ?? null,
      publishedOn: article.publishedOn ?? null,
      kicker: article.kicker ?? null,
      byline: article.byline ?? null,
      sourceUrl: article.sourceUrl ?? null,
      // A source given once (--source) stays until another is given.
      source: options.source ?? article.source ?? existing?.source ?? null,
      importedFrom: options.importedFrom ?? existing?.importedFrom ?? null,
      sourceHash,
      ...(english ? { titleEn: titleOf(english) } : {}),
    };

    if (!existing) {
      const slug = options.slug ?? (await uniqueSlug(tx, slugify(article.title)));
      const doc = await tx.document.create({ data: { slug, ...metadata } });
      await createParagraphs(tx, "source", doc.id, french);
      if (english) await createParagraphs(tx, "target", doc.id, english);
      return {
        documentId: doc.id,
        slug,
        outcome: "created",
        french: { kept: 0, added: french.length, removed: 0 },
        english: english ? { kept: 0, added: english.length, removed: 0 } : null,
      };
    }

    const storedEnglish = english
      ? await tx.targetParagraph.findMany({ where: { documentId: existing.id }, orderBy: { position: "asc" }, select: { hash: true } })
      : [];
    const englishUnchanged = !english || hashList(storedEnglish.map((p) => p.hash)) === hashList(english.map((p) => p.hash));
    const metadataUnchanged = Object.entries(metadata).every(([key, value]) => existing[key as keyof typeof existing] === value);
    if (existing.sourceHash === sourceHash && englishUnchanged && metadataUnchanged) {
      return {
        documentId: existing.id,
        slug: existing.slug,
        outcome: "unchanged",
        french: unchangedSide(french.length),
        english: english ? unchangedSide(english.length) : null,
      };
    }

    const frenchChanges = await syncSide(tx, "source", existing.id, french);
    const englishChanges = english ? await syncSide(tx, "target", existing.id, english, options.replaceEdited) : null;
    await tx.document.update({ where: { id: existing.id }, data: metadata });
    return { documentId: existing.id, slug: existing.slug, outcome: "updated", french: frenchChanges, english: englishChanges };
  });
}
