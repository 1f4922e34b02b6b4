import { matchUnchanged } from "../../lib/import/match-unchanged";

const valid = (pairs: [number, number][], a: string[], b: string[]) =>
  pairs.every(([o, n], k) => a[o] === b[n] && (k === 0 || (o > pairs[k - 1][0] && n > pairs[k - 1][1])));

describe("matching the unchanged paragraphs of two versions", () => {
  it("finds every unchanged paragraph when little changed (exact diff)", () => {
    const before = Array.from({ length: 5_000 }, (_, i) => `p${i}`);
    const after = before.map((k, i) => (i % 10 === 0 ? `${k}-edited` : k));
    const pairs = matchUnchanged(before, after);
    expect(valid(pairs, before, after)).toBe(true);
    expect(pairs).toHaveLength(4_500);
  });

  it("still keeps what it can when a long article is mostly rewritten (too many changes for an exact diff)", () => {
    // 20,000 paragraphs, most replaced: Myers' diff would cost O(N·D) with D ≈ 40,000.
    const before = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    const after = before.map((k, i) => (i % 5 === 0 ? k : `new-${i}`));
    const pairs = matchUnchanged(before, after);
    expect(valid(pairs, before, after)).toBe(true);
    expect(pairs).toHaveLength(4_000);
    // Repeated keys (a credit line in every dispatch) are matched only where they anchor nothing ambiguous.
    const repeated = ["AFP", ...before.slice(0, 100), "AFP"];
    expect(valid(matchUnchanged(repeated, [...repeated].reverse()), repeated, [...repeated].reverse())).toBe(true);
  });
});
