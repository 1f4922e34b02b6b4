import type { Db, Tx } from "./client";

type Client = Db | Tx;

/**
 * The shared glossary version. Database triggers move it on every change to glossary
 * entries or variants (prisma/migrations/20261127090000_scale), from any process.
 */
export async function glossaryVersion(db: Client): Promise<number> {
  const counter = await db.appCounter.findUnique({ where: { name: "glossary" }, select: { value: true } });
  return counter?.value ?? 0;
}

/** What a cache of a document's rendering is keyed by: it changes with every write that shows. */
export interface DocumentVersion {
  id: number;
  /** Moved by triggers on every write to the document's paragraphs and links. */
  contentVersion: number;
  /** Metadata (titles, dateline, date) changes move it. */
  updatedAt: Date;
}

/** A document's version by slug (one indexed read), or null if there is no such document. */
export async function documentVersion(db: Client, slug: string): Promise<DocumentVersion | null> {
  return db.document.findUnique({ where: { slug }, select: { id: true, contentVersion: true, updatedAt: true } });
}
