import { rowAnchor, windowStart } from "../reader/windows";

/**
 * Links into the reader that keep a search (`find`), so that the row opens with its
 * words marked and the find box filled. Pure: the pages and the browser share them.
 */

/** A row of a document from anywhere: `/documents/SLUG?row=N&find=…#row-N` (the reader answers with the window holding it). */
export function documentRowPath(slug: string, row: number, find: string): string {
  return `/documents/${encodeURIComponent(slug)}?${new URLSearchParams({ row: String(row), ...(find && { find }) })}#${rowAnchor(row)}`;
}

/**
 * A row from within the reader: its anchor alone when the row is in the window shown
 * (`currentFirst`), else the window holding it, the search kept (`?from=401&find=…#row-415`).
 */
export function findRowHref(row: number, find: string, currentFirst?: number): string {
  const first = windowStart(row);
  if (first === currentFirst) return `#${rowAnchor(row)}`;
  return `?${new URLSearchParams({ from: String(first), ...(find && { find }) })}#${rowAnchor(row)}`;
}
