/**
 * How a long document is cut into windows, and the addresses of its rows. Pure: the page
 * and the browser share it (a #row-N address opens the window holding row N).
 */

/** Rows a reader page shows at most: a few hundred, so that any page stays well under 1 MB. */
export const WINDOW_SIZE = 200;

/** The first row of the window that holds `row` (windows start at 1, 1 + size, …). */
export function windowStart(row: number, size = WINDOW_SIZE): number {
  return Math.floor((Math.max(row, 1) - 1) / size) * size + 1;
}

/** The anchor of a row: the document's row number, not the window's. */
export const rowAnchor = (row: number) => `row-${row}`;

/** A row number from an address (`#row-12`), or null. */
export function rowFromHash(hash: string): number | null {
  const match = /^#row-(\d{1,9})$/.exec(hash);
  return match ? Number(match[1]) : null;
}

/**
 * A link to a row, relative to the page: the anchor alone when the row is in the window
 * shown (`currentFirst`), else the window holding it (`?from=401#row-415`).
 */
export function rowHref(row: number, currentFirst?: number): string {
  const first = windowStart(row);
  return first === currentFirst ? `#${rowAnchor(row)}` : `?from=${first}#${rowAnchor(row)}`;
}

/** A link to the window starting at `first`. */
export const windowHref = (first: number) => `?from=${first}`;

/** A positive row number from a query parameter, or undefined. */
export function parseRowParam(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{1,9}$/.test(text.trim())) return undefined;
  const n = Number(text.trim());
  return n >= 1 ? n : undefined;
}

/** A link to the rows a filter lists (`?show=check`), from row `from` on. */
export const filterHref = (filter: string, from = 1) => (from > 1 ? `?show=${filter}&from=${from}` : `?show=${filter}`);
