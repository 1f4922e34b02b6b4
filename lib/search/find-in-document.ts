import type { Db } from "../db/client";
import type { ReaderVersion } from "../reader/reader-version";
import { loadRowOutline } from "../reader/row-outline";
import { VersionedCache } from "../reader/versioned-cache";
import { documentMatches } from "./document-matches";
import type { SearchQuery } from "./query";

/** A search inside one document, as the reader's find box shows it around a window. */
export interface DocumentFind {
  query: SearchQuery;
  /** Rows of the whole document that match (each term in its French or its English). */
  count: number;
  /** Those among the rows shown, `first`..`last`. */
  inWindow: number[];
  /** The nearest matching row before the window, and after it; null when there is none. */
  previous: number | null;
  next: number | null;
}

// The matching rows of a document for a search, kept per version of the document (any
// write moves it: lib/reader/reader-version.ts), so moving from window to window, or
// from match to match, searches the document once.
const matchingRows = new VersionedCache<number[]>(32);

/** How many of the sorted `rows` are below `row`. */
function below(rows: readonly number[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds a search in the document at `version`: how many rows match, which of rows
 * `first`..`last` do, and the nearest ones on either side, for next / previous across
 * windows. Cost, once per version and search: the index lookups for this document's
 * paragraphs and one pass over its links (lib/search/document-matches.ts); then O(log n).
 */
export async function findInDocument(db: Db, version: ReaderVersion, query: SearchQuery, window: { first: number; last: number }): Promise<DocumentFind> {
  const key = `${version.key}:${JSON.stringify(query.terms)}`;
  const rows = query.terms.length
    ? await matchingRows.get(key, async () => (await documentMatches(db, await loadRowOutline(db, version.documentId), query.terms)).map((m) => m.row))
    : [];
  const start = below(rows, window.first);
  const end = below(rows, window.last + 1);
  return {
    query,
    count: rows.length,
    inWindow: rows.slice(start, end),
    previous: start > 0 ? rows[start - 1] : null,
    next: end < rows.length ? rows[end] : null,
  };
}
