import type { Db, Tx } from "../db/client";
import { UserError } from "../errors";
import type { Prisma } from "../db/sql";

/**
 * The one way to look a document up by what a person named (a slug; an id for the
 * reader's own calls) and fail with the one error every front door phrases: code
 * documentNotFound, field document.
 */

type Select = Prisma.DocumentSelect;
type Found<S extends Select> = Prisma.DocumentGetPayload<{ select: S }>;

/** The error for a slug or id that names no document. */
export function documentNotFound(key: { slug: string } | { id: number }): UserError {
  return "slug" in key
    ? new UserError({ code: "documentNotFound", field: "document", value: key.slug, problem: "no document with this slug" })
    : new UserError({ code: "documentNotFound", field: "document", value: key.id, values: { id: key.id }, problem: "no document with this id" });
}

/** The document with this slug (the fields `select` asks for), or documentNotFound. */
export async function findDocumentBySlug<S extends Select>(db: Db | Tx, slug: string, select: S): Promise<Found<S>> {
  const doc = await db.document.findUnique({ where: { slug }, select });
  if (!doc) throw documentNotFound({ slug });
  return doc as Found<S>;
}

/** The document with this id (the fields `select` asks for), or documentNotFound. */
export async function findDocumentById<S extends Select>(db: Db | Tx, id: number, select: S): Promise<Found<S>> {
  const doc = await db.document.findUnique({ where: { id }, select });
  if (!doc) throw documentNotFound({ id });
  return doc as Found<S>;
}

/** The id of the document with this slug, or documentNotFound. */
export async function documentIdBySlug(db: Db | Tx, slug: string): Promise<number> {
  return (await findDocumentBySlug(db, slug, { id: true })).id;
}

/**
 * The documents with these slugs, in the order given (repeats once), each with the fields
 * `select` asks for (its slug among them); documentNotFound names the first slug that has none.
 */
export async function findDocumentsBySlugs<S extends Select & { slug: true }>(db: Db | Tx, slugs: readonly string[], select: S): Promise<Found<S>[]> {
  const wanted = [...new Set(slugs)];
  const docs = (await db.document.findMany({ where: { slug: { in: wanted } }, select })) as Found<S>[];
  const bySlug = new Map(docs.map((d) => [(d as unknown as { slug: string }).slug, d]));
  return wanted.map((slug) => {
    const doc = bySlug.get(slug);
    if (!doc) throw documentNotFound({ slug });
    return doc;
  });
}

/** The documents named by slug (all must exist), or every document when `slugs` is omitted; by id, with their slugs. */
export async function namedOrAllDocuments(db: Db | Tx, slugs?: readonly string[]): Promise<{ id: number; slug: string }[]> {
  if (!slugs) return db.document.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } });
  return (await findDocumentsBySlugs(db, slugs, { id: true, slug: true })).sort((a, b) => a.id - b.id);
}
