import type { RowMark } from "@/lib/reader/row-search";

/**
 * The key that goes to the next row to check or flag; with Shift, to the previous one.
 * A plain module, not the client one that uses it: the server renders the keys' hints.
 */
export const MARK_KEY: Record<RowMark, string> = { check: "n", flag: "f" };
