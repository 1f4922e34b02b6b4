import type { AlignLink } from "../../lib/align/types";

/**
 * Throws unless the links cover French 0..n-1 and English 0..m-1 exactly once each, in
 * order (reading the links in turn reads both texts in turn, which also rules out
 * crossing), with no empty link and every score in [0, 1].
 */
export function expectValidAlignment(links: readonly AlignLink[], n: number, m: number): void {
  const fr = links.flatMap((l) => l.fr);
  const en = links.flatMap((l) => l.en);
  expect(fr).toEqual([...Array(n).keys()]);
  expect(en).toEqual([...Array(m).keys()]);
  for (const l of links) {
    expect(l.fr.length + l.en.length).toBeGreaterThan(0);
    expect(l.score).toBeGreaterThanOrEqual(0);
    expect(l.score).toBeLessThanOrEqual(1);
  }
}
