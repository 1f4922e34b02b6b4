import type { Tx } from "../db/client";

/**
 * Gives every English paragraph of the document that has no revision yet (those just
 * inserted in bulk) its first revision: its text as imported, version 1. One statement,
 * whatever the number of paragraphs.
 */
export async function writeFirstRevisions(tx: Tx, documentId: number): Promise<void> {
  const now = new Date();
  await tx.$executeRaw`INSERT INTO "Revision" ("paragraphId", "version", "text", "origin", "status", "createdAt")
    SELECT p."id", 1, p."text", p."origin", p."status", ${now} FROM "TargetParagraph" p
    WHERE p."documentId" = ${documentId} AND NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."paragraphId" = p."id")`;
}
