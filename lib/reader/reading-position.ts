/**
 * How far a reader has read a document, kept in their browser (localStorage) by slug.
 * Not on the server: reader pages are cached whole for everyone (app/server/page-cache.ts,
 * keyed by address and cookies), so a page's HTML must not depend on who reads it; and a
 * reading position needs no account. Pure: the reader and the library share it.
 */

/** A reader's place in one document. */
export interface ReadingPosition {
  /** The row at the top of the screen when they last scrolled: where reading resumes. */
  row: number;
  /** The furthest row they have had on screen: how far they have read. */
  furthest: number;
  /** The document's row count then. */
  rows: number;
}

/** The storage key of a document's position. */
export const readingKey = (slug: string) => `vav:reading:${slug}`;

const isRow = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1 && n < 1e9;

/** A stored position, or null when there is none or it is not one (hand-edited, an older format). */
export function parsePosition(raw: string | null | undefined): ReadingPosition | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<ReadingPosition> | null;
    if (!value || !isRow(value.row) || !isRow(value.furthest) || !isRow(value.rows)) return null;
    return { row: value.row, furthest: value.furthest, rows: value.rows };
  } catch {
    return null;
  }
}

/** The position after the reader has rows `top` to `bottom` on screen in a document of `rows` rows. */
export function nextPosition(previous: ReadingPosition | null, top: number, bottom: number, rows: number): ReadingPosition {
  const total = Math.max(rows, 1);
  const row = Math.min(Math.max(top, 1), total);
  const furthest = Math.min(Math.max(bottom, row, previous?.furthest ?? 0), total);
  return { row, furthest, rows: total };
}

/** How much of the document has been read, in whole percent (the last row seen: 100). */
export function readPercent(position: ReadingPosition): number {
  return Math.min(100, Math.max(0, Math.round((100 * position.furthest) / position.rows)));
}

/**
 * The row to take a reader back to when they open a document at its plain address, or
 * null: not when the address names a place (a row, a window, a search, a filter), and
 * not for the first row (where the page opens anyway) or a row the document no longer has.
 */
export function rowToRestore(position: ReadingPosition | null, address: { hash: string; search: string }, totalRows: number): number | null {
  if (!position || address.hash || address.search.replace(/^\?/, "")) return null;
  return position.row > 1 && position.row <= totalRows ? position.row : null;
}
