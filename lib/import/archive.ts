import { Prisma } from "../db/sql";
import type { Tx } from "../db/client";
import { chunked } from "../db/chunks";

export type ArchiveSide = "fr" | "en";
/** Why a paragraph left its document. */
export type ArchiveReason = "reimport";

/**
 * Takes paragraphs out of their document without losing them: each is copied, in its last
 * state, to ArchivedParagraph; an English paragraph's revisions move to its archived copy
 * (the Revision → TargetParagraph foreign key is RESTRICT, so a paragraph with history
 * cannot be deleted any other way); then the paragraphs are deleted. A few hundred per
 * statement, so any number of paragraphs stays under the drivers' parameter limits.
 */
export async function archiveParagraphs(tx: Tx, side: ArchiveSide, documentId: number, ids: readonly number[], reason: ArchiveReason): Promise<void> {
  for (const piece of chunked(ids)) {
    if (side === "fr") {
      const rows = await tx.sourceParagraph.findMany({ where: { id: { in: piece } }, select: { id: true, position: true, kind: true, text: true } });
      await tx.archivedParagraph.createMany({ data: rows.map(({ id, ...p }) => ({ ...p, documentId, side, formerId: id, reason })) });
      await tx.sourceParagraph.deleteMany({ where: { id: { in: piece } } });
      continue;
    }
    const rows = await tx.targetParagraph.findMany({
      where: { id: { in: piece } },
      select: { id: true, position: true, kind: true, text: true, origin: true, status: true, version: true },
    });
    await tx.archivedParagraph.createMany({ data: rows.map(({ id, ...p }) => ({ ...p, documentId, side, formerId: id, reason })) });
    // Every SET sees the row as it was, so the subquery reads the paragraph id being cleared.
    await tx.$executeRaw`UPDATE "Revision"
      SET "archivedParagraphId" = (SELECT MAX(a."id") FROM "ArchivedParagraph" a WHERE a."side" = 'en' AND a."formerId" = "Revision"."paragraphId"),
          "paragraphId" = NULL
      WHERE "paragraphId" IN (${Prisma.join(piece)})`;
    await tx.targetParagraph.deleteMany({ where: { id: { in: piece } } });
  }
}
