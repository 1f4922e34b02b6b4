import type { Db } from "../db/client";
import { writeTransaction } from "../db/write-transaction";
import { loadAlignedRows } from "../documents/aligned-rows";
import { GlossaryIndex } from "../reader/glossary-index";
import { checkRows, type GlossaryFlag } from "./check";
import { currentGlossary } from "./load-terms";
import type { GlossaryTerm } from "./matcher";

/** Documents checked per query of stale ones. */
const BATCH = 20;

interface Glossary {
  version: number;
  terms: readonly GlossaryTerm[];
  index: GlossaryIndex;
}

async function glossaryNow(db: Db): Promise<Glossary> {
  const { version, terms } = await currentGlossary(db);
  return { version, terms, index: new GlossaryIndex(terms) };
}

/**
 * Checks one document against the glossary and stores the result: its GlossaryFlags and
 * GlossaryMentions replaced, `flagsGlossaryVersion` set to the glossary version checked
 * against. The document is read and checked without the write lock; if it changed
 * meanwhile (its content version moved), nothing is stored and false is returned (it is
 * still stale, and is checked again). Cost: one pass of the glossary matcher over the text.
 */
export async function refreshDocumentFlags(db: Db, documentId: number, given?: Glossary): Promise<boolean> {
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { id: true, slug: true, contentVersion: true } });
  if (!doc) return false;
  const glossary = given ?? (await glossaryNow(db));
  const rows = await loadAlignedRows(db, doc.id);
  const find = glossary.index.find.bind(glossary.index);
  const flags = rows.some((r) => r.linkId !== null) ? checkRows(doc, rows, glossary.terms, find) : [];
  const mentions = new Map<number, number>();
  for (const row of rows) for (const p of row.fr) for (const m of find("fr", p.text)) mentions.set(m.entryId, (mentions.get(m.entryId) ?? 0) + 1);
  return writeTransaction(db, async (tx) => {
    const now = await tx.document.findUnique({ where: { id: doc.id }, select: { contentVersion: true } });
    if (now?.contentVersion !== doc.contentVersion) return false;
    await tx.glossaryFlag.deleteMany({ where: { documentId: doc.id } });
    await tx.glossaryFlag.createMany({
      data: flags.map((f) => ({ documentId: doc.id, linkId: f.linkId, entryId: f.entryId, fr: f.fr, frParagraphIds: f.frParagraphIds, enParagraphIds: f.enParagraphIds })),
    });
    await tx.glossaryMention.deleteMany({ where: { documentId: doc.id } });
    await tx.glossaryMention.createMany({ data: [...mentions].map(([entryId, count]) => ({ documentId: doc.id, entryId, count })) });
    // An entry removed while checking is gone from the table: its flags went with it (cascade).
    await tx.document.update({ where: { id: doc.id }, data: { flagsGlossaryVersion: glossary.version }, select: { id: true } });
    return true;
  });
}

/** Documents whose stored flags are stale: their content changed, or the glossary did. */
export async function countStaleDocuments(db: Db): Promise<number> {
  const { version } = await currentGlossary(db);
  return db.document.count({ where: { OR: [{ flagsGlossaryVersion: null }, { flagsGlossaryVersion: { not: version } }] } });
}

/** Checks the document now if its stored flags are stale (the reader's "next flag"). */
export async function ensureDocumentFlags(db: Db, documentId: number): Promise<void> {
  const { version } = await currentGlossary(db);
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { flagsGlossaryVersion: true } });
  if (doc && doc.flagsGlossaryVersion !== version) await refreshDocumentFlags(db, documentId);
}

/**
 * Checks every stale document, a batch at a time, until none is left (or `limit`
 * documents were checked). A glossary change during the run is picked up: the documents
 * checked against the older version are stale again and come round once more.
 * Returns how many documents were checked.
 */
export async function refreshStaleFlags(db: Db, options: { onProgress?: (done: number, stale: number) => void; limit?: number } = {}): Promise<number> {
  let done = 0;
  let total = await countStaleDocuments(db);
  let glossary = await glossaryNow(db);
  const skipped = new Set<number>();
  for (;;) {
    const { version } = await currentGlossary(db);
    if (version !== glossary.version) glossary = await glossaryNow(db);
    const stale = await db.document.findMany({
      where: { OR: [{ flagsGlossaryVersion: null }, { flagsGlossaryVersion: { not: version } }], id: { notIn: [...skipped].slice(-100) } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (!stale.length) return done;
    for (const { id } of stale) {
      // A document that changes while it is checked is left for the next run after two tries.
      if (!(await refreshDocumentFlags(db, id, glossary)) && !(await refreshDocumentFlags(db, id))) skipped.add(id);
      done++;
      total = Math.max(total, done);
      options.onProgress?.(done, total);
      if (options.limit && done >= options.limit) return done;
    }
  }
}

let running: Promise<number> | null = null;

/**
 * Starts checking the stale documents in the background (one run at a time per process);
 * pages and writes call it and answer at once. Errors are logged, not thrown: the
 * documents stay stale and the next call tries again.
 */
export function refreshFlagsInBackground(db: Db): void {
  if (running) return;
  running = refreshStaleFlags(db)
    .catch((error: unknown) => {
      console.error("glossary check in the background failed:", error);
      return 0;
    })
    .finally(() => {
      running = null;
    });
}

/** For tests and commands: the background run, if one is going. */
export const backgroundRefresh = (): Promise<number> | null => running;

/** A stored flag in the shape checkDocuments gives. */
export type StoredFlag = GlossaryFlag;

/** How many stored flags each of these documents has (documents without flags are absent). */
export async function countFlags(db: Db, documentIds: readonly number[]): Promise<Map<number, number>> {
  if (!documentIds.length) return new Map();
  const groups = await db.glossaryFlag.groupBy({ by: ["documentId"], where: { documentId: { in: [...documentIds] } }, _count: true });
  return new Map(groups.map((g) => [g.documentId, g._count]));
}

/** Stored flags, by document then link, a page at a time, with the total. */
export async function listFlags(db: Db, page: { skip: number; take: number }, slugs?: readonly string[]): Promise<{ total: number; flags: StoredFlag[] }> {
  const where = slugs ? { document: { slug: { in: [...slugs] } } } : {};
  const [total, rows] = await Promise.all([
    db.glossaryFlag.count({ where }),
    db.glossaryFlag.findMany({
      where,
      orderBy: [{ documentId: "asc" }, { linkId: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      include: { document: { select: { slug: true } }, entry: { include: { variants: { where: { lang: "en" } } } } },
    }),
  ]);
  return {
    total,
    flags: rows.map((r) => ({
      doc: r.document.slug,
      documentId: r.documentId,
      linkId: r.linkId,
      frParagraphIds: r.frParagraphIds as number[],
      enParagraphIds: r.enParagraphIds as number[],
      entryId: r.entryId,
      fr: r.fr,
      entryFr: r.entry.fr,
      expected: r.entry.en,
      accepted: [r.entry.en, ...r.entry.variants.map((v) => v.text).filter((v) => v !== r.entry.en)],
    })),
  };
}
