import type { Tx } from "../db/client";
import type { Document } from "../db/models";
import { foldForMatch } from "../text/normalize";
import { slugify } from "../text/slug";

/** Share of the smaller article's paragraphs that must be unchanged for two texts to be versions of one article. */
const SAME_ARTICLE_SHARE = 0.25;

export interface IdentityQuery {
  /** Given by the person (--slug): names the document outright. */
  slug?: string;
  /** Base name of the imported file. */
  importedFrom?: string;
  title: string;
  /** The imported French paragraphs' hashes and kinds. */
  paragraphs: readonly { hash: string; kind: string }[];
  /** Replace the document imported from a file of this name even if it is a different article. */
  replace?: boolean;
}

export interface Identity {
  /** The document this import updates, or null for a new one. */
  existing: Document | null;
  /** A document the import resembles by name but not by content, left alone. */
  spared: Document | null;
}

/** Paragraphs many articles share (a title such as "Live updates", "AFP"): no evidence of identity. */
const GENERIC_KINDS = ["title", "dateline", "credit"];

/**
 * Whether a stored document and an imported text are versions of the same article: they
 * share a quarter of their text paragraphs, or (for a document imported from a file of the
 * same name) their title.
 */
async function sameArticle(tx: Tx, doc: Document, query: IdentityQuery, sameFileName: boolean): Promise<boolean> {
  if (sameFileName && foldForMatch(doc.titleFr) === foldForMatch(query.title)) return true;
  const incoming = new Set(query.paragraphs.filter((p) => !GENERIC_KINDS.includes(p.kind)).map((p) => p.hash));
  const stored = await tx.sourceParagraph.findMany({ where: { documentId: doc.id, kind: { notIn: GENERIC_KINDS } }, select: { hash: true } });
  const shared = stored.filter((p) => incoming.has(p.hash)).length;
  const smaller = Math.min(stored.length, incoming.size);
  return smaller > 0 && shared >= Math.max(1, SAME_ARTICLE_SHARE * smaller);
}

/**
 * Which stored document an import updates. `--slug` names it. Otherwise a document
 * imported before from a file of the same name, or whose slug the title would get, is
 * the same article only if sameArticle says so: an unrelated article that happens to have
 * the same file name, or the same title ("Новости дня", "Live updates"), is never replaced
 * (it is reported as `spared`) unless `replace` says so.
 */
export async function findDocumentToUpdate(tx: Tx, query: IdentityQuery): Promise<Identity> {
  if (query.slug) return { existing: await tx.document.findUnique({ where: { slug: query.slug } }), spared: null };
  const byName = query.importedFrom ? await tx.document.findMany({ where: { importedFrom: query.importedFrom }, orderBy: { id: "asc" } }) : [];
  const bySlug = await tx.document.findUnique({ where: { slug: slugify(query.title) } });
  const candidates = [...byName, ...(bySlug && !byName.some((d) => d.id === bySlug.id) ? [bySlug] : [])];
  for (const doc of candidates) if (await sameArticle(tx, doc, query, doc.importedFrom === query.importedFrom)) return { existing: doc, spared: null };
  if (query.replace && byName.length === 1) return { existing: byName[0], spared: null };
  return { existing: null, spared: byName[0] ?? null };
}

/** The wanted slug if free, else the same with -2, -3, … */
export async function uniqueSlug(tx: Tx, wanted: string): Promise<string> {
  const taken = new Set(
    (await tx.document.findMany({ where: { slug: { startsWith: wanted } }, select: { slug: true } })).map((d) => d.slug),
  );
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    if (!taken.has(slug)) return slug;
  }
}
