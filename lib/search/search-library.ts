import type { Db } from "../db/client";
import { dialectOf } from "../db/client";
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

type RawDocument = { id: unknown; slug: string; titleFr: string; titleEn: string | null; source: string | null; publishedOn: string | null; n: unknown };

/**
 * The documents with matching rows and how many each has, in the library's order (newest
 * first: publication date, undated last, then import date): the search index's lookups,
 * one pass over the rows found, then one row per document.
 */
async function matchingDocuments(db: Db, terms: readonly FullTextTerm[]): Promise<FoundDocument[]> {
  const rows: RawDocument[] = await db.$queryRaw`${hitsCte(dialectOf(db), terms)}
    SELECT d."id", d."slug", d."titleFr", d."titleEn", d."source", d."publishedOn", c."n"
    FROM (SELECT "d", COUNT(*) AS "n" FROM "hits" GROUP BY "d") c JOIN "Document" d ON d."id" = c."d"
    ORDER BY d."publishedOn" DESC NULLS LAST, d."createdAt" DESC, d."id" DESC`;
  return rows.map(({ id, n, ...d }) => ({ ...d, id: Number(id), matches: Number(n) }));
}

/** Which rows of which documents a page holds, from the ordered counts. */
function pageSlices(documents: readonly FoundDocument[], skip: number, take: number): (MatchSlice & { document: FoundDocument })[] {
  const slices: (MatchSlice & { document: FoundDocument })[] = [];
  for (const document of documents) {
    if (take <= 0) break;
    if (skip >= document.matches) {
      skip -= document.matches;
      continue;
    }
    const count = Math.min(document.matches - skip, take);
    slices.push({ document, documentId: document.id, skip, count });
    take -= count;
    skip = 0;
  }
  return slices;
}

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
  const documents = query.terms.length ? await matchingDocuments(db, query.terms) : [];
  const total = documents.reduce((sum, d) => sum + d.matches, 0);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1) || 1), pages);
  const slices = pageSlices(documents, (page - 1) * pageSize, pageSize);
  const found = await pageMatches(db, slices, query.terms);
  const shown = slices.flatMap((slice, i) => found[i].matches.map((match) => ({ document: slice.document, documentId: slice.documentId, aligned: found[i].aligned, match })));
  const rows = await loadFoundRows(db, shown, query.terms);
  const hits = shown.map(({ document, match }, i): SearchHit => ({ document, row: match.row, ...rows[i] }));
  return { query, total, documents: documents.length, page, pages, pageSize, hits };
}
