import { longestIncreasing } from "../util/longest-increasing";
import { LEXICON_KEY, type Features } from "./features";

/** Below this many cells the whole matrix is searched: exact, and still fast. */
export const FULL_SEARCH_CELLS = 200_000;
/**
 * Half-width of the band around the guide path on long texts, in paragraphs: narrow
 * where anchors are close together (the guide cannot stray far between them), wide where
 * they are sparse.
 */
export const MIN_HALF_WIDTH = 3;
export const MAX_HALF_WIDTH = 24;
const halfWidthFor = (stretch: number) => Math.min(MAX_HALF_WIDTH, Math.round(MIN_HALF_WIDTH + stretch / 6));

/**
 * The cells the dynamic programming visits: for each French boundary i (0..n), English
 * boundaries lo[i]..hi[i]. lo and hi never decrease and consecutive rows overlap, so the
 * corner (n, m) is always reachable from (0, 0).
 */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

export interface Range {
  fr0: number;
  n: number;
  en0: number;
  m: number;
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/**
 * Fixed points: keys found exactly once on each side of the range, kept when they form
 * the longest chain in reading order on both sides (a longest increasing subsequence).
 * Cost: O(k log k) for k candidate points.
 */
export function anchorChain(f: Features, r: Range): [number, number][] {
  const seen = new Map<number, { fr: number; en: number; frCount: number; enCount: number }>();
  const note = (keys: Int32Array[], start: number, count: number, side: "fr" | "en") => {
    for (let i = 0; i < count; i++) {
      for (const id of keys[start + i]) {
        // A lexicon translation found once on each side is as often chance as a pair: on
        // 2,000-paragraph texts such anchors sent the band astray (strict F1 0.96 -> 0.35).
        if (f.weak[id] === LEXICON_KEY) continue;
        let s = seen.get(id);
        if (!s) seen.set(id, (s = { fr: -1, en: -1, frCount: 0, enCount: 0 }));
        if (side === "fr") {
          s.fr = i;
          s.frCount++;
        } else {
          s.en = i;
          s.enCount++;
        }
      }
    }
  };
  note(f.fr.keys, r.fr0, r.n, "fr");
  note(f.en.keys, r.en0, r.m, "en");
  const points: [number, number][] = [];
  for (const s of seen.values()) if (s.frCount === 1 && s.enCount === 1) points.push([s.fr, s.en]);
  // Longest chain strictly increasing in both coordinates: sorted by French index, and by
  // English index descending within one French paragraph, a longest strictly increasing
  // run of English indices never takes two points of one paragraph.
  points.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return longestIncreasing(points);
}

/**
 * A band around a guide path for texts too long to search whole. The guide goes through
 * the anchor chain and, between anchors, follows the characters: the English boundary
 * whose share of the stretch's English text equals the French boundary's share of its
 * French text (merged and split paragraphs do not move it, as they would a straight line
 * in paragraph counts). Memory and time: O((n + m) * MAX_HALF_WIDTH).
 */
export function bandFor(f: Features, r: Range, fixedHalfWidth?: number): Band {
  const { n, m } = r;
  if ((n + 1) * (m + 1) <= FULL_SEARCH_CELLS) return fullBand(n, m);
  const knots: [number, number][] = [[0, 0], ...anchorChain(f, r).map(([i, j]): [number, number] => [i + 1, j + 1]), [n, m]];
  return bandThroughKnots(f, r, knots, (stretch) => fixedHalfWidth ?? halfWidthFor(stretch));
}

/**
 * A band around a guide path through the given knots (cells the path is believed to go
 * through, in order, from (0, 0) to (n, m)); between knots the guide follows the
 * characters, and the half-width is halfWidth(the longer side of the stretch).
 */
export function bandThroughKnots(f: Features, r: Range, knots: readonly [number, number][], halfWidth: (stretch: number) => number): Band {
  const { n, m } = r;
  const frAt = (i: number) => f.fr.len[r.fr0 + i] - f.fr.len[r.fr0];
  const enAt = (j: number) => f.en.len[r.en0 + j] - f.en.len[r.en0];
  const guide = new Int32Array(n + 2);
  const width = new Int32Array(n + 2);
  let k = 0;
  let j = 0;
  for (let i = 0; i <= n; i++) {
    while (k < knots.length - 2 && knots[k + 1][0] <= i) k++;
    const [i0, j0] = knots[k];
    const [i1, j1] = knots[k + 1];
    const share = frAt(i1) > frAt(i0) ? (frAt(i) - frAt(i0)) / (frAt(i1) - frAt(i0)) : 1;
    const target = enAt(j0) + share * (enAt(j1) - enAt(j0));
    j = Math.max(j, j0);
    while (j < j1 && enAt(j + 1) <= target) j++;
    guide[i] = j;
    width[i] = halfWidth(Math.max(i1 - i0, j1 - j0));
  }
  return bandAroundGuide(guide, width, n, m);
}

/**
 * The band of half-width width[i] around a guide path (guide[i]: the English boundary
 * the path is expected at after French boundary i; guide has n + 2 entries, the last m),
 * made monotone and connected.
 */
function bandAroundGuide(guide: Int32Array, width: Int32Array, n: number, m: number): Band {
  guide[n + 1] = m;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(guide[i], guide[Math.max(0, i - 1)]) - width[i]);
    hi[i] = Math.min(m, Math.max(guide[i], guide[i + 1]) + width[i]);
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i], lo[i - 1]);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i], hi[i + 1]);
  // Consecutive rows must overlap, or no path crosses from one to the next.
  for (let i = 0; i < n; i++) if (hi[i] < lo[i + 1]) hi[i] = lo[i + 1];
  for (let i = 0; i <= n; i++) if (lo[i] > hi[i]) lo[i] = hi[i];
  return { lo, hi };
}

/** The cells (French boundary, English boundary) a path of links goes through. */
export function pathCells(links: readonly { i: number; a: number; j: number; b: number }[]): [number, number][] {
  return [[0, 0], ...links.map((l): [number, number] => [l.i + l.a, l.j + l.b])];
}

/**
 * Consecutive path cells on the band's edge that make the path "hug" it. One cell on the
 * edge is common and harmless (a paragraph left alone next to an anchor, where the band
 * is narrow); a run of them means the best path wanted to go further.
 */
export const HUG_RUN = 3;

/**
 * French boundaries where the path runs along the band's edge (an edge that is not the
 * text's own start or end) for HUG_RUN cells or more: there the best path may lie
 * outside, and the band lost it.
 */
export function edgeRows(cells: readonly [number, number][], band: Band, m: number): number[] {
  const rows: number[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= HUG_RUN) rows.push(...run);
    run = [];
  };
  for (const [i, j] of cells) {
    if ((j === band.lo[i] && band.lo[i] > 0) || (j === band.hi[i] && band.hi[i] < m)) run.push(i);
    else flush();
  }
  flush();
  return rows;
}

/**
 * English characters per French character, from the stretches between consecutive anchor
 * points: their length-weighted median. Whole-text totals are skewed by paragraphs one
 * side drops (a dropped colour paragraph makes the English look short everywhere); the
 * median of many stretches is not. Falls back to the totals on texts with few anchors.
 */
export function robustRatio(f: Features, r: Range, fallback: number): number {
  const chain = anchorChain(f, r);
  if (chain.length < 3) return shrink(fallback, Math.min(r.n, r.m));
  const knots: [number, number][] = [[0, 0], ...chain.map(([i, j]): [number, number] => [i + 1, j + 1]), [r.n, r.m]];
  const stretches: { ratio: number; weight: number }[] = [];
  for (let k = 1; k < knots.length; k++) {
    const frChars = f.fr.len[r.fr0 + knots[k][0]] - f.fr.len[r.fr0 + knots[k - 1][0]];
    const enChars = f.en.len[r.en0 + knots[k][1]] - f.en.len[r.en0 + knots[k - 1][1]];
    if (frChars > 0 && enChars > 0) stretches.push({ ratio: enChars / frChars, weight: frChars });
  }
  if (stretches.length < 3) return shrink(fallback, Math.min(r.n, r.m));
  stretches.sort((a, b) => a.ratio - b.ratio);
  const half = stretches.reduce((s, x) => s + x.weight, 0) / 2;
  let seen = 0;
  for (const s of stretches) {
    seen += s.weight;
    if (seen >= half) return shrink(Math.min(3, Math.max(1 / 3, s.ratio)), stretches.length);
  }
  return fallback;
}

/** English characters per French one in news translation, as a starting belief (news-test2008 as a whole: 0.900). */
const PRIOR_RATIO = 0.9;
/** How many paragraphs' worth of evidence the prior ratio is worth. */
const PRIOR_WEIGHT = 7;

/**
 * A ratio measured on little text drawn towards the usual one: on a short article, one
 * paragraph the English leaves out is enough to make the whole English look half as
 * long, and a length model that believes it glues unrelated paragraphs together.
 */
function shrink(measured: number, evidence: number): number {
  const w = evidence / (evidence + PRIOR_WEIGHT);
  return Math.exp(w * Math.log(measured) + (1 - w) * Math.log(PRIOR_RATIO));
}
