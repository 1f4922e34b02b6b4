import { editDistance } from "../text/edit-distance";

export { editDistance };

/**
 * Similarity of two token sequences: 1 − (word edit distance / longer length), in 0..1.
 * The usual "fuzzy match" percentage of translation tools, on words rather than
 * characters so that one changed number or name costs one token. O(n·m) time, O(m) space.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (!longer) return 1;
  return 1 - editDistance(a, b) / longer;
}
