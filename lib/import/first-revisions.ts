import { actorColumns, type Actor } from "../auth/actor";
import type { Tx } from "../db/client";

/**
 * Gives every English paragraph of the document that has no revision yet (those just
 * inserted in bulk) its first revision: its text as imported, version 1, by `actor`. One
 * statement, whatever the number of paragraphs.
 */
export async function writeFirstRevisions(tx: Tx, documentId: number, actor: Actor): Promise<void> {
  const now = new Date();
  const by = actorColumns(actor);
  await tx.$executeRaw`INSERT INTO "Revision" ("paragraphId", "version", "text", "origin", "status", "createdAt", "actor", "userId")
    SELECT p."id", 1, p."text", p."origin", p."status", ${now}, ${by.actor}, ${by.userId} FROM "TargetParagraph" p
    WHERE p."documentId" = ${documentId} AND NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."paragraphId" = p."id")`;
}
