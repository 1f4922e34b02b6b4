import { dialectOf, type Db } from "../db/client";
import type { FullTextTerm } from "../db/dialect/types";
import { rowOfLinkRank, type RowOutline } from "../reader/row-outline";
import { hitsCte } from "./hits-sql";

/** A row of a document whose text holds every term of a search. */
export interface RowMatch {
  /** Its number in the reader, from 1 (the #row-N anchor). */
  row: number;
  /** The alignment link; null for a paragraph no link holds, or a document not aligned yet. */
  linkId: number | null;
  /** The matching paragraph of a row without link (or, not aligned yet, the row's paragraph of that side). */
  fr: number | null;
  en: number | null;
}

type Raw = { l: unknown; f: unknown; e: unknown; n: unknown };
const id = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * The rows of an aligned document that match, numbered as the reader numbers them: links
 * by their rank among the document's links (one window function over its link index),
 * lone paragraphs by the outline's place for them.
 */
async function alignedMatches(db: Db, outline: RowOutline, terms: readonly FullTextTerm[]): Promise<RowMatch[]> {
  const rows: Raw[] = await db.$queryRaw`${hitsCte(dialectOf(db), terms, [outline.documentId])},
    "ranked" AS (SELECT l."id", ROW_NUMBER() OVER (ORDER BY l."position", l."id") - 1 AS "n"
      FROM "AlignmentLink" l WHERE l."documentId" = ${outline.documentId})
    SELECT h."l", h."f", h."e", r."n" FROM "hits" h LEFT JOIN "ranked" r ON r."id" = h."l"`;
  const loose = new Map(outline.loose.map((p) => [`${p.side}-${p.id}`, p.row]));
  const matches: RowMatch[] = [];
  for (const r of rows) {
    const [linkId, fr, en] = [id(r.l), id(r.f), id(r.e)];
    const row = linkId !== null ? (r.n === null ? undefined : rowOfLinkRank(outline, Number(r.n))) : loose.get(fr !== null ? `fr-${fr}` : `en-${en}`);
    // Undefined only when the document changed since its outline was read: the next version has it.
    if (row !== undefined) matches.push({ row, linkId, fr, en });
  }
  return matches;
}

/** A document not aligned yet: row N holds the N-th paragraph of each side. */
async function unalignedMatches(db: Db, outline: RowOutline, terms: readonly FullTextTerm[]): Promise<RowMatch[]> {
  const documentId = outline.documentId;
  const rows: Raw[] = await db.$queryRaw`${hitsCte(dialectOf(db), terms, [documentId])},
    "fr" AS (SELECT p."id", ROW_NUMBER() OVER (ORDER BY p."position", p."id") AS "n" FROM "SourceParagraph" p WHERE p."documentId" = ${documentId}),
    "en" AS (SELECT p."id", ROW_NUMBER() OVER (ORDER BY p."position", p."id") AS "n" FROM "TargetParagraph" p WHERE p."documentId" = ${documentId})
    SELECT h."l", h."f", h."e", COALESCE(a."n", b."n") AS "n" FROM "hits" h LEFT JOIN "fr" a ON a."id" = h."f" LEFT JOIN "en" b ON b."id" = h."e"`;
  const byRow = new Map<number, RowMatch>();
  for (const r of rows) {
    if (r.n === null) continue;
    const row = Number(r.n);
    const match = byRow.get(row) ?? { row, linkId: null, fr: null, en: null };
    match.fr ??= id(r.f);
    match.en ??= id(r.e);
    byRow.set(row, match);
  }
  return [...byRow.values()];
}

/**
 * Every row of a document whose text holds every term (see hitsCte), in reading order.
 * Cost: the terms' lookups in the search index for this document's paragraphs, and one
 * pass over its links (or paragraphs) to number the rows found.
 */
export async function documentMatches(db: Db, outline: RowOutline, terms: readonly FullTextTerm[]): Promise<RowMatch[]> {
  if (!terms.length || !outline.totalRows) return [];
  const matches = outline.aligned ? await alignedMatches(db, outline, terms) : await unalignedMatches(db, outline, terms);
  return matches.sort((a, b) => a.row - b.row);
}
