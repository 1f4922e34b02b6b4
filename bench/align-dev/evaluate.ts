// Scores an aligner on dev cases: strict link F1 overall and by genre, case type and
// seed, recall by gold link type, and how well its confidence points at its errors.
import { LOW_CONFIDENCE } from "../../lib/align/confidence";
import type { DevCase, GoldLink } from "./dev-case";
import { isGoldLink, scoreLinks } from "./score-links";

export interface ScoredLink {
  fr: number[];
  en: number[];
  score?: number;
}
export type Aligner = (c: DevCase) => ScoredLink[];

export interface Counts {
  correct: number;
  gold: number;
  test: number;
}

export const f1 = (c: Counts) => (c.gold + c.test ? (2 * c.correct) / (c.gold + c.test) : 1);

const add = (a: Counts, b: Counts) => {
  a.correct += b.correct;
  a.gold += b.gold;
  a.test += b.test;
};
const zero = (): Counts => ({ correct: 0, gold: 0, test: 0 });

/** Classes of gold links for recall figures. */
export const LINK_CLASS = {
  oneToOne: "1-1",
  twoToOne: "2-1, 1-2",
  oneSided: "one-sided (1-0, 0-1)",
  beyond: "beyond 2-1 (2-2, 3-1, 2-3, 4-1, …)",
  swapped: "swapped",
} as const;

/** The class of a gold link for recall figures. */
export function linkClass(l: GoldLink, crossing: boolean): string {
  const [a, b] = [l.fr.length, l.en.length];
  if (crossing) return LINK_CLASS.swapped;
  if (!a || !b) return LINK_CLASS.oneSided;
  if (a === 1 && b === 1) return LINK_CLASS.oneToOne;
  if (a + b === 3) return LINK_CLASS.twoToOne;
  return LINK_CLASS.beyond;
}

/** Share of a class's gold links found (1 when the cases have none). */
export function recallOf(ev: Evaluation, cls: string): number {
  const r = ev.recall.get(cls);
  return r?.gold ? r.found / r.gold : 1;
}

/** Gold links whose English run crosses another's (a swap): only an aligner that links crosswise can give them. */
export function crossingLinks(gold: readonly GoldLink[]): Set<GoldLink> {
  const out = new Set<GoldLink>();
  const twoSided = gold.filter((l) => l.fr.length && l.en.length);
  for (let k = 1; k < twoSided.length; k++) {
    const [x, y] = [twoSided[k - 1], twoSided[k]];
    if (Math.min(...y.en) < Math.min(...x.en)) out.add(x).add(y);
  }
  return out;
}

export interface Evaluation {
  all: Counts;
  byGenre: Map<string, Counts>;
  byType: Map<string, Counts>;
  bySeed: Map<number, Counts>;
  byCase: Map<DevCase, Counts>;
  /** Gold links found, by class. */
  recall: Map<string, { found: number; gold: number }>;
  /** Links with a score: how many, how many wrong, under the check threshold, wrong among those, at 0.9 or more, wrong among those. */
  confidence: { links: number; wrong: number; low: number; wrongLow: number; high: number; highWrong: number };
  /** Swapped pairs: linked right, or with every wrong link touching them flagged. */
  swaps: { pairs: number; right: number; flagged: number };
}

export function evaluate(cases: readonly DevCase[], align: Aligner): Evaluation {
  const ev: Evaluation = {
    all: zero(),
    byGenre: new Map(),
    byType: new Map(),
    bySeed: new Map(),
    byCase: new Map(),
    recall: new Map(),
    confidence: { links: 0, wrong: 0, low: 0, wrongLow: 0, high: 0, highWrong: 0 },
    swaps: { pairs: 0, right: 0, flagged: 0 },
  };
  const bucket = <K>(map: Map<K, Counts>, key: K) => map.get(key) ?? map.set(key, zero()).get(key)!;
  for (const c of cases) {
    const links = align(c);
    const s = scoreLinks(c.gold, links);
    const counts = { correct: s.correct, gold: s.gold, test: s.test };
    add(ev.all, counts);
    add(bucket(ev.byGenre, c.genre), counts);
    add(bucket(ev.byType, c.type), counts);
    if (c.seed !== undefined) add(bucket(ev.bySeed, c.seed), counts);
    ev.byCase.set(c, counts);

    const found = isGoldLink(links);
    const crossing = crossingLinks(c.gold);
    for (const g of c.gold) {
      const cls = linkClass(g, crossing.has(g));
      const r = ev.recall.get(cls) ?? ev.recall.set(cls, { found: 0, gold: 0 }).get(cls)!;
      r.gold++;
      if (found(g)) r.found++;
    }
    const right = isGoldLink(c.gold);
    for (const l of links) {
      if (l.score === undefined) continue;
      const wrong = !right(l);
      const conf = ev.confidence;
      conf.links++;
      if (wrong) conf.wrong++;
      if (l.score < LOW_CONFIDENCE) conf.low++;
      if (wrong && l.score < LOW_CONFIDENCE) conf.wrongLow++;
      if (l.score >= 0.9) {
        conf.high++;
        if (wrong) conf.highWrong++;
      }
    }
    const swapped = [...crossing];
    for (let k = 0; k + 1 < swapped.length; k += 2) {
      const pair = [swapped[k], swapped[k + 1]];
      ev.swaps.pairs++;
      if (pair.every(found)) ev.swaps.right++;
      else {
        const touching = links.filter((l) => !right(l) && pair.some((g) => g.fr.some((i) => l.fr.includes(i)) || g.en.some((j) => l.en.includes(j))));
        if (touching.every((l) => (l.score ?? 1) < LOW_CONFIDENCE)) ev.swaps.flagged++;
      }
    }
  }
  return ev;
}
