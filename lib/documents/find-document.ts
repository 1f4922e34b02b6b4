import type { Db } from "../db/client";
import { UserError } from "../errors";

/** The id of the document with this slug, or a UserError naming the slug. */
export async function documentIdBySlug(db: Db, slug: string): Promise<number> {
  const doc = await db.document.findUnique({ where: { slug }, select: { id: true } });
  if (!doc) throw new UserError(`document "${slug}": no such document`);
  return doc.id;
}
