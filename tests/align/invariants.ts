import type { AlignLink, FixedLink } from "../../lib/align/types";

/** Two consecutive links that cross as a swap may: 1-1 each, French i then i + 1, English j + 1 then j. */
export function isSwap(x: { fr: readonly number[]; en: readonly number[] }, y: { fr: readonly number[]; en: readonly number[] }): boolean {
  return x.fr.length === 1 && x.en.length === 1 && y.fr.length === 1 && y.en.length === 1 && y.fr[0] === x.fr[0] + 1 && y.en[0] === x.en[0] - 1;
}

/**
 * Throws unless the links cover French 0..n-1 and English 0..m-1 exactly once each; the
 * French in reading order (reading the links in turn reads the French text in turn); the
 * English too, except that a swap (isSwap) may cross, and so may links a person locked
 * crosswise, with the English paragraphs inside their span; no empty link; every score in [0, 1].
 */
export function expectValidAlignment(links: readonly AlignLink[], n: number, m: number, locked: readonly FixedLink[] = []): void {
  const fr = links.flatMap((l) => l.fr);
  const en = links.flatMap((l) => l.en);
  expect(fr).toEqual([...Array(n).keys()]);
  expect([...en].sort((a, b) => a - b)).toEqual([...Array(m).keys()]);
  const lockedEn = locked.flatMap((f) => f.en);
  const isLocked = (l: AlignLink) =>
    locked.some((f) => f.fr.join() === l.fr.join() && f.en.join() === l.en.join()) ||
    (!l.fr.length && l.en.every((j) => j > Math.min(...lockedEn) && j < Math.max(...lockedEn)));
  const twoSided = links.filter((l) => l.fr.length && l.en.length);
  let lastEn = -1;
  for (let k = 0; k < links.length; k++) {
    const l = links[k];
    expect(l.fr.length + l.en.length).toBeGreaterThan(0);
    expect(l.score).toBeGreaterThanOrEqual(0);
    expect(l.score).toBeLessThanOrEqual(1);
    if (!l.en.length) continue;
    const t = twoSided.indexOf(l);
    const crossing = l.en[0] < lastEn;
    if (crossing && !isLocked(l)) expect({ link: l, swapWithPrevious: t > 0 && isSwap(twoSided[t - 1], l) }).toEqual({ link: l, swapWithPrevious: true });
    lastEn = Math.max(lastEn, l.en[l.en.length - 1]);
  }
}
