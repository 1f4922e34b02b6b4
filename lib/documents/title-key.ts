import type { Db } from "../db/client";
import { foldForMatch } from "../text/normalize";

/**
 * Document.titleKey: both titles folded as searches are (case, accents, punctuation
 * ignored), French first, so that the library can search and sort titles in SQL.
 */
export function titleKey(titleFr: string, titleEn: string | null): string {
  return [titleFr, titleEn].filter(Boolean).map((t) => foldForMatch(t!)).join(" \u2016 ");
}

/**
 * Fills the title key of documents stored before it existed (empty), a few hundred at a
 * time; returns how many. `db:setup` runs it, so an upgraded library searches and sorts
 * by title in SQL at once.
 */
export async function fillMissingTitleKeys(db: Db): Promise<number> {
  let filled = 0;
  for (;;) {
    const docs = await db.document.findMany({ where: { titleKey: "" }, select: { id: true, titleFr: true, titleEn: true }, take: 500 });
    if (!docs.length) return filled;
    for (const doc of docs) {
      // Raw: Prisma's update would move updatedAt, which says when the document itself changed.
      await db.$executeRaw`UPDATE "Document" SET "titleKey" = ${titleKey(doc.titleFr, doc.titleEn) || " "} WHERE "id" = ${doc.id}`;
    }
    filled += docs.length;
  }
}
