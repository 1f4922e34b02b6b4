/**
 * The longest subsequence of `pairs` whose second items strictly increase, in the pairs'
 * order (patience sorting, O(n log n)). Sort the pairs by their first item first; where
 * two pairs share a first item, sorting their second items in descending order keeps the
 * chain from taking both.
 */
export function longestIncreasing<T extends readonly [number, number]>(pairs: readonly T[]): T[] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]][1] < pairs[k][1]) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1];
    tails[low] = k;
  }
  const chain: T[] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) chain.push(pairs[k]);
  return chain.reverse();
}
