import { dialectOf, type Db } from "../db/client";
import type { FullTextTerm } from "../db/dialect/types";
import { Prisma } from "../db/sql";
import { loadRowOutline } from "../reader/row-outline";
import { documentMatches, type RowMatch } from "./document-matches";
import { hitsCte } from "./hits-sql";

/** Rows `skip`.. `skip + count - 1` (0-based, in reading order) of a document's matching rows. */
export interface MatchSlice {
  documentId: number;
  skip: number;
  count: number;
}

/** A slice's rows, and whether its document is aligned. */
export interface SliceMatches {
  aligned: boolean;
  matches: RowMatch[];
}

/**
 * The documents, among `ids`, whose rows are their links one for one: aligned, with no
 * paragraph outside a link and no link without paragraphs. Row N of such a document is
 * its N-th link. One query; each document's paragraphs are read only until a loose one shows.
 */
async function numberedByLinks(db: Db, ids: readonly number[]): Promise<Set<number>> {
  const list = Prisma.join(ids);
  const rows: { id: unknown }[] = await db.$queryRaw`SELECT d."id" FROM "Document" d WHERE d."id" IN (${list})
    AND EXISTS (SELECT 1 FROM "AlignmentLink" l WHERE l."documentId" = d."id")
    AND NOT EXISTS (SELECT 1 FROM "SourceParagraph" s WHERE s."documentId" = d."id" AND s."linkId" IS NULL)
    AND NOT EXISTS (SELECT 1 FROM "TargetParagraph" t WHERE t."documentId" = d."id" AND t."linkId" IS NULL)
    AND NOT EXISTS (SELECT 1 FROM "AlignmentLink" l WHERE l."documentId" = d."id"
      AND NOT EXISTS (SELECT 1 FROM "SourceParagraph" s WHERE s."linkId" = l."id")
      AND NOT EXISTS (SELECT 1 FROM "TargetParagraph" t WHERE t."linkId" = l."id"))`;
  return new Set(rows.map((r) => Number(r.id)));
}

/** The matching links of documents numbered by their links, with their row numbers, by document. */
async function linkMatches(db: Db, ids: readonly number[], terms: readonly FullTextTerm[]): Promise<Map<number, RowMatch[]>> {
  const rows: { d: unknown; l: unknown; n: unknown }[] = await db.$queryRaw`${hitsCte(dialectOf(db), terms, ids)},
    "ranked" AS (SELECT l."id", ROW_NUMBER() OVER (PARTITION BY l."documentId" ORDER BY l."position", l."id") AS "n"
      FROM "AlignmentLink" l WHERE l."documentId" IN (${Prisma.join(ids)}))
    SELECT h."d", h."l", r."n" FROM "hits" h JOIN "ranked" r ON r."id" = h."l"`;
  const byDocument = new Map<number, RowMatch[]>(ids.map((id) => [id, []]));
  for (const r of rows) byDocument.get(Number(r.d))?.push({ row: Number(r.n), linkId: Number(r.l), fr: null, en: null });
  for (const matches of byDocument.values()) matches.sort((a, b) => a.row - b.row);
  return byDocument;
}

/**
 * The matching rows a page of results shows, slice by slice. Documents whose rows are
 * their links (nearly all) are served together, in one query, each link numbered by a
 * window function; the others (paragraphs waiting for the aligner, not aligned yet) one
 * by one through their outline, as the reader numbers them.
 */
export async function pageMatches(db: Db, slices: readonly MatchSlice[], terms: readonly FullTextTerm[]): Promise<SliceMatches[]> {
  if (!slices.length) return [];
  const ids = slices.map((s) => s.documentId);
  const simple = await numberedByLinks(db, ids);
  const byLinks = simple.size ? await linkMatches(db, [...simple], terms) : new Map<number, RowMatch[]>();
  return Promise.all(
    slices.map(async ({ documentId, skip, count }): Promise<SliceMatches> => {
      if (simple.has(documentId)) return { aligned: true, matches: byLinks.get(documentId)!.slice(skip, skip + count) };
      const outline = await loadRowOutline(db, documentId);
      return { aligned: outline.aligned, matches: (await documentMatches(db, outline, terms)).slice(skip, skip + count) };
    }),
  );
}
