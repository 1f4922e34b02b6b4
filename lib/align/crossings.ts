import type { CostModel } from "./cost-model";
import type { AlignLink } from "./types";

/** Links this many apart (in reading order) or closer are checked against each other. */
const WINDOW = 3;
/**
 * Nats by which pairing the paragraphs crosswise must beat the links as they are before
 * both are flagged: enough to ignore chance overlaps of common names.
 */
const CROSS_MARGIN = 2;
/** The score a link suspected of belonging to a swap gets at most: under the reader's check threshold. */
export const CROSSING_SCORE = 0.3;

/**
 * Two paragraphs the English gives in the opposite order cannot be linked in reading
 * order; the alignment then pairs them wrongly, or leaves them alone on both sides, or
 * merges them. This finds such places after the fact: nearby links whose paragraphs
 * would pair better crosswise (French of one with English of the other) than as linked,
 * and caps the scores of both so that the reader flags them. Cost: O(links * WINDOW).
 */
export function flagCrossings(links: AlignLink[], model: CostModel, locked: ReadonlySet<AlignLink> = new Set()): void {
  /** How much better pairing French i with English j is than leaving both alone (nats; may be negative). */
  const gain = (i: number, j: number): number => model.cost(i, 1, -1, 0) + model.cost(-1, 0, j, 1) - model.cost(i, 1, j, 1);
  /** Best gain of a French run paired paragraph by paragraph with an English run: its evidence of belonging together. */
  const bond = (fr: number[], en: number[]): number => {
    let best = 0;
    for (const i of fr) for (const j of en) best = Math.max(best, gain(i, j));
    return best;
  };
  const flag = (l: AlignLink) => {
    if (!locked.has(l)) l.score = Math.min(l.score, CROSSING_SCORE);
  };
  for (let k = 0; k < links.length; k++) {
    const x = links[k];
    // A merged link whose halves pair crosswise: {A, B} with {B', A'}.
    if (x.fr.length === 2 && x.en.length === 2) {
      const [a, b] = x.fr;
      const [c, d] = x.en;
      if (gain(a, d) + gain(b, c) > gain(a, c) + gain(b, d) + CROSS_MARGIN) flag(x);
    }
    for (let step = 1; step <= WINDOW && k + step < links.length; step++) {
      const y = links[k + step];
      const direct = (x.fr.length && x.en.length ? bond(x.fr, x.en) : 0) + (y.fr.length && y.en.length ? bond(y.fr, y.en) : 0);
      const cross = (x.fr.length && y.en.length ? bond(x.fr, y.en) : 0) + (y.fr.length && x.en.length ? bond(y.fr, x.en) : 0);
      if (cross > direct + CROSS_MARGIN) {
        flag(x);
        flag(y);
      }
    }
  }
}
