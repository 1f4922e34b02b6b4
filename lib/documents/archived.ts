import type { Db } from "../db/client";
import { toRevisionViews, type RevisionView } from "../editing/revisions";

/** A paragraph a re-import took out of its document, as kept (lib/import/archive.ts). */
export interface ArchivedParagraphView {
  id: number;
  side: "fr" | "en";
  /** Its id while it was part of the document (the id its history was listed under). */
  formerId: number;
  position: number;
  kind: string;
  text: string;
  origin: string | null;
  status: string | null;
  reason: string;
  archivedAt: Date;
  /** English paragraphs: every text it had, newest first, as the paragraph history lists them. */
  revisions: RevisionView[];
}

/** The archived paragraphs of a document, most recently archived first, with their histories. */
export async function listArchivedParagraphs(db: Db, documentId: number): Promise<ArchivedParagraphView[]> {
  const rows = await db.archivedParagraph.findMany({
    where: { documentId },
    orderBy: [{ archivedAt: "desc" }, { id: "desc" }],
    include: { revisions: { orderBy: { version: "asc" }, include: { user: { select: { name: true } } } } },
  });
  return rows.map(({ documentId: _, version: __, revisions, ...p }) => ({
    ...p,
    side: p.side as "fr" | "en",
    revisions: toRevisionViews(revisions),
  }));
}

/** The archived paragraphs of the document with this slug, with its French title; null when there is no such document. */
export async function archivedParagraphsOf(db: Db, slug: string): Promise<{ titleFr: string; paragraphs: ArchivedParagraphView[] } | null> {
  const doc = await db.document.findUnique({ where: { slug }, select: { id: true, titleFr: true } });
  if (!doc) return null;
  return { titleFr: doc.titleFr, paragraphs: await listArchivedParagraphs(db, doc.id) };
}
