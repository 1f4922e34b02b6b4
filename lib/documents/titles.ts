import type { Db } from "../db/client";

/** The French titles of the documents with these slugs, by slug (unknown slugs are left out). */
export async function frenchTitlesBySlug(db: Db, slugs: readonly string[]): Promise<Map<string, string>> {
  if (!slugs.length) return new Map();
  const documents = await db.document.findMany({ where: { slug: { in: [...new Set(slugs)] } }, select: { slug: true, titleFr: true } });
  return new Map(documents.map((d) => [d.slug, d.titleFr]));
}
