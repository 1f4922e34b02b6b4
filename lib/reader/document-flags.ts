import type { Db } from "../db/client";
import { glossaryVersion } from "../db/versions";
import { checkDocument } from "../glossary/check";

/**
 * Stand-in for ensureDocumentFlags of lib/glossary/stored-flags.ts (the lead's, not merged
 * yet): recomputes a document's stored GlossaryFlags when they are stale (its
 * flagsGlossaryVersion is not the current glossary version; triggers null it on every write
 * to the document's paragraphs and links). To be replaced by a re-export of that function.
 */
export async function ensureDocumentFlags(db: Db, documentId: number): Promise<void> {
  const [doc, version] = await Promise.all([
    db.document.findUnique({ where: { id: documentId }, select: { flagsGlossaryVersion: true } }),
    glossaryVersion(db),
  ]);
  if (!doc || doc.flagsGlossaryVersion === version) return;
  const flags = await checkDocument(db, documentId);
  await db.$transaction([
    db.glossaryFlag.deleteMany({ where: { documentId } }),
    db.glossaryFlag.createMany({
      data: flags.map((f) => ({ documentId, linkId: f.linkId, entryId: f.entryId, fr: f.fr, frParagraphIds: f.frParagraphIds, enParagraphIds: f.enParagraphIds })),
    }),
    // Raw, so that the document's updatedAt (part of the reader's cache key) stays put.
    db.$executeRaw`UPDATE "Document" SET "flagsGlossaryVersion" = ${version} WHERE "id" = ${documentId}`,
  ]);
}
