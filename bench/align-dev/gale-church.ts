import { tailCost } from "../../lib/align/length-cost";

/** Gale & Church (1993), "A program for aligning sentences in bilingual corpora": their constants. */
const EXPECTED_RATIO = 1;
const VARIANCE = 6.8;
const PRIORS: readonly [number, number, number][] = [
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011],
];

/**
 * The length-only baseline, kept apart from the aligner: character lengths, the paper's
 * ratio, variance and priors, full dynamic programming (O(n * m): for benchmark-sized
 * texts only). Returns links as index runs, in order.
 */
export function galeChurch(frLengths: readonly number[], enLengths: readonly number[]): { fr: number[]; en: number[] }[] {
  const n = frLengths.length;
  const m = enLengths.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  const fr = prefix(frLengths);
  const en = prefix(enLengths);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (!i && !j) continue;
      let best = Infinity;
      let bestK = 0;
      PRIORS.forEach(([a, b, prior], k) => {
        if (i < a || j < b) return;
        const before = cost[(i - a) * width + j - b];
        if (before === Infinity) return;
        const l1 = fr[i] - fr[i - a];
        const l2 = en[j] - en[j - b];
        const mean = (l1 + l2 / EXPECTED_RATIO) / 2;
        const delta = mean > 0 ? (l2 - l1 * EXPECTED_RATIO) / Math.sqrt(VARIANCE * mean) : 0;
        const v = before + tailCost(delta) - Math.log(prior);
        if (v < best) {
          best = v;
          bestK = k;
        }
      });
      cost[i * width + j] = best;
      back[i * width + j] = bestK;
    }
  }
  const links: { fr: number[]; en: number[] }[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [a, b] = PRIORS[back[i * width + j]];
    links.push({ fr: Array.from({ length: a }, (_, k) => i - a + k), en: Array.from({ length: b }, (_, k) => j - b + k) });
    i -= a;
    j -= b;
  }
  return links.reverse();
}

function prefix(values: readonly number[]): Float64Array {
  const sums = new Float64Array(values.length + 1);
  values.forEach((v, k) => (sums[k + 1] = sums[k] + v));
  return sums;
}
