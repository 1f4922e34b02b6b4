import { dialectOf, type Db } from "../db/client";
import type { FullTextTerm } from "../db/dialect/types";
import { loadFoundRows, type FoundParagraph } from "./found-paragraphs";
import { hitsCte } from "./hits-sql";
import { pageMatches, type MatchSlice } from "./page-matches";
import { parseSearchQuery, type SearchQuery } from "./query";

export const SEARCH_PAGE_SIZE = 20;

/** A document some rows of which match, as a result names it. */
export interface FoundDocument {
  id: number;
  slug: string;
  titleFr: string;
  titleEn: string | null;
  source: string | null;
  publishedOn: string | null;
  /** How many of its rows match. */
  matches: number;
}

/** One result: an aligned pair (or a paragraph no link holds) whose text holds every term. */
export interface SearchHit {
  document: FoundDocument;
  /** The row's number in the reader: `/documents/SLUG?row=N#row-N` shows it. */
  row: number;
  fr: FoundParagraph[];
  en: FoundParagraph[];
}

export interface SearchResults {
  query: SearchQuery;
  /** Matching rows in the whole library. */
  total: number;
  /** Documents holding them. */
  documents: number;
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  pageSize: number;
  hits: SearchHit[];
}

export interface SearchOptions {
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/** The matching rows of a page, document by document, and how many the whole search finds. */
interface PageCounts {
  total: number;
  documents: number;
  /** The page's documents in order, each with its share of the page and how many of its rows match. */
  slices: (MatchSlice & { matches: number })[];
}

type RawCount = { d: unknown; n: unknown; upto: unknown; total: unknown; documents: unknown };

/**
 * How many rows match in each document, in the library's order (newest first: publication
 * date, undated last, then import date), added up by a window function, so that only the
 * documents the page `skip`..`skip + take - 1` falls in come back (and the last one, for
 * the totals), not a row per matching document. Cost: the search index's lookups and one
 * pass over the rows found; one sort of the matching documents.
 */
async function pageCounts(db: Db, terms: readonly FullTextTerm[], skip: number, take: number): Promise<PageCounts> {
  const rows: RawCount[] = await db.$queryRaw`${hitsCte(dialectOf(db), terms)},
    "counts" AS (SELECT "d", COUNT(*) AS "n" FROM "hits" GROUP BY "d"),
    "ordered" AS (SELECT c."d", c."n",
        SUM(c."n") OVER (ORDER BY d."publishedOn" DESC NULLS LAST, d."createdAt" DESC, d."id" DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "upto",
        SUM(c."n") OVER () AS "total", COUNT(*) OVER () AS "documents"
      FROM "counts" c JOIN "Document" d ON d."id" = c."d")
    SELECT * FROM "ordered" o WHERE (o."upto" > ${skip} AND o."upto" - o."n" < ${skip + take}) OR o."upto" = o."total"
    ORDER BY o."upto"`;
  const slices: PageCounts["slices"] = [];
  for (const r of rows) {
    const [n, upto] = [Number(r.n), Number(r.upto)];
    const before = upto - n;
    if (upto <= skip || before >= skip + take) continue;
    const from = Math.max(skip - before, 0);
    slices.push({ documentId: Number(r.d), skip: from, count: Math.min(n, skip + take - before) - from, matches: n });
  }
  return { total: Number(rows[0]?.total ?? 0), documents: Number(rows[0]?.documents ?? 0), slices };
}

const DOCUMENT = { id: true, slug: true, titleFr: true, titleEn: true, source: true, publishedOn: true } as const;

/**
 * Full-text search across the library, in French and English at once (lib/search/query.ts
 * says how a search is read). Results are rows, the pairs of the reader: a row matches
 * when each term occurs in its French or its English. Newest documents first, each
 * document's rows in reading order, `pageSize` a page; each result carries its paragraphs
 * with the terms' occurrences as offsets into the stored text, and its row number.
 * Throws SearchQueryError (one line, naming `q`) for a search too long to run.
 *
 * Cost: the index lookups and a count over every matching row, then, for the page only,
 * its documents' matching rows numbered (lib/search/page-matches.ts) and the paragraphs shown.
 */
export async function searchLibrary(db: Db, input: string | SearchQuery, options: SearchOptions = {}): Promise<SearchResults> {
  const query = typeof input === "string" ? parseSearchQuery(input) : input;
  const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
  const wanted = Math.max(1, Math.floor(options.page ?? 1) || 1);
  let counts: PageCounts = { total: 0, documents: 0, slices: [] };
  if (query.terms.length) counts = await pageCounts(db, query.terms, (wanted - 1) * pageSize, pageSize);
  const pages = Math.max(1, Math.ceil(counts.total / pageSize));
  const page = Math.min(wanted, pages);
  // A page past the end is the last one.
  if (page < wanted) counts = await pageCounts(db, query.terms, (page - 1) * pageSize, pageSize);
  const { total, slices } = counts;
  const [found, documents] = await Promise.all([
    pageMatches(db, slices, query.terms),
    db.document.findMany({ where: { id: { in: slices.map((s) => s.documentId) } }, select: DOCUMENT }),
  ]);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const shown = slices.flatMap((slice, i) =>
    found[i].matches.map((match) => ({ document: { ...byId.get(slice.documentId)!, matches: slice.matches }, documentId: slice.documentId, aligned: found[i].aligned, match })),
  );
  const rows = await loadFoundRows(db, shown, query.terms);
  const hits = shown.map(({ document, match }, i): SearchHit => ({ document, row: match.row, ...rows[i] }));
  return { query, total, documents: counts.documents, page, pages, pageSize, hits };
}
