/** Links compared as sets of exact (French run, English run) pairs. */
export interface LinkScore {
  precision: number;
  recall: number;
  f1: number;
  /** Test links found in the gold set. */
  correct: number;
  gold: number;
  test: number;
}

const keyOf = (l: { fr: readonly number[]; en: readonly number[] }) => `${[...l.fr].sort((a, b) => a - b).join(",")}|${[...l.en].sort((a, b) => a - b).join(",")}`;

/**
 * Strict link precision, recall and F1 (after Sennrich & Volk 2011): a link counts only if
 * the same French and English runs are linked in the gold. One-sided links (1-0, 0-1)
 * count like any other, in recall too, where vecalign's score.py leaves them out (its
 * recall is over two-sided gold links only): a paragraph the translation dropped has to
 * be found, so these figures are not comparable with vecalign's.
 */
export function scoreLinks(gold: readonly { fr: readonly number[]; en: readonly number[] }[], test: readonly { fr: readonly number[]; en: readonly number[] }[]): LinkScore {
  const goldKeys = new Set(gold.map(keyOf));
  const correct = test.filter((l) => goldKeys.has(keyOf(l))).length;
  const precision = test.length ? correct / test.length : gold.length ? 0 : 1;
  const recall = gold.length ? correct / gold.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, correct, gold: gold.length, test: test.length };
}

export function isGoldLink(gold: readonly { fr: readonly number[]; en: readonly number[] }[]): (l: { fr: readonly number[]; en: readonly number[] }) => boolean {
  const goldKeys = new Set(gold.map(keyOf));
  return (l) => goldKeys.has(keyOf(l));
}
