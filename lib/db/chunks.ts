/**
 * Bound parameters per statement. SQLite allows 32,766 and PostgreSQL 65,535, but Prisma
 * refuses far fewer in some queries (P2029); every list of ids or values that grows with
 * the data is cut into pieces of this size.
 */
export const MAX_LIST = 500;

/** `items` cut into consecutive pieces of at most `size`. */
export function chunked<T>(items: readonly T[], size = MAX_LIST): T[][] {
  const pieces: T[][] = [];
  for (let i = 0; i < items.length; i += size) pieces.push(items.slice(i, i + size));
  return pieces;
}

/** Runs `query` on each piece of `items`, one after another, and concatenates the results. */
export async function inChunks<T, R>(items: readonly T[], query: (piece: T[]) => Promise<R[]>, size = MAX_LIST): Promise<R[]> {
  const results: R[] = [];
  for (const piece of chunked(items, size)) results.push(...(await query(piece)));
  return results;
}
