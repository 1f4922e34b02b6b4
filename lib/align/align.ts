import { anchorChain, robustRatio, type Range } from "./band";
import { CostModel, DEFAULT_PARAMS, type CostParams } from "./cost-model";
import { coarseKnots, needsCoarse, searchRange } from "./search";
import { flagCrossings } from "./crossings";
import { extractFeatures, withLocalKeys } from "./features";
import type { AlignInput, AlignLink, FixedLink } from "./types";

export class AlignError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AlignError";
  }
}

/**
 * Locked two-sided links the alignment goes around, as one span of both sides: a single
 * link, or several that cross one another (a swap a person confirmed).
 */
interface Block {
  links: FixedLink[];
  fr0: number;
  fr1: number;
  en0: number;
  en1: number;
}

const span = (link: FixedLink): Block => ({
  links: [link],
  fr0: Math.min(...link.fr),
  fr1: Math.max(...link.fr) + 1,
  en0: Math.min(...link.en),
  en1: Math.max(...link.en) + 1,
});

const overlap = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/**
 * Two-sided fixed links as blocks in French reading order. Links that cross one another
 * (the English gives them in the other order) make one block spanning them all; links
 * whose spans overlap on a side are refused.
 */
function fixedBlocks(fixed: readonly FixedLink[], n: number, m: number): Block[] {
  const spans = fixed
    .filter((l) => l.fr.length && l.en.length)
    .map(span)
    .sort((x, y) => x.fr0 - y.fr0);
  for (const b of spans) {
    if (b.fr0 < 0 || b.fr1 > n || b.en0 < 0 || b.en1 > m) throw new AlignError("a locked link refers to a paragraph that does not exist");
  }
  const blocks: Block[] = [];
  for (const b of spans) {
    const last = blocks[blocks.length - 1];
    if (last && b.fr0 < last.fr1) throw new AlignError("locked links overlap");
    if (!last || b.en0 >= last.en1) {
      blocks.push(b);
      continue;
    }
    if (last.links.some((l) => overlap(span(l).en0, span(l).en1, b.en0, b.en1))) throw new AlignError("locked links overlap");
    last.links.push(...b.links);
    last.fr1 = b.fr1;
    last.en0 = Math.min(last.en0, b.en0);
    last.en1 = Math.max(last.en1, b.en1);
    // The block now reaches back over English paragraphs earlier blocks may hold.
    while (blocks.length > 1 && blocks[blocks.length - 2].en1 > last.en0) {
      const before = blocks.splice(blocks.length - 2, 1)[0];
      if (before.links.some((l) => last.links.some((x) => overlap(span(l).en0, span(l).en1, span(x).en0, span(x).en1)))) throw new AlignError("locked links overlap");
      last.links.unshift(...before.links);
      last.fr0 = before.fr0;
      last.en0 = Math.min(last.en0, before.en0);
      last.en1 = Math.max(last.en1, before.en1);
    }
  }
  return blocks;
}

/**
 * Paragraphs one-sided locked links hold, which may only stand alone where the alignment
 * puts them: as the cost model takes them (none when there are no such links), and the
 * link holding each.
 */
function pinnedParagraphs(fixed: readonly FixedLink[], blocks: readonly Block[], n: number, m: number) {
  const oneSided = fixed.filter((l) => !l.fr.length || !l.en.length);
  const inBlockFr = new Uint8Array(n);
  const inBlockEn = new Uint8Array(m);
  for (const b of blocks) {
    inBlockFr.fill(1, b.fr0, b.fr1);
    inBlockEn.fill(1, b.en0, b.en1);
  }
  const ownerFr = new Map<number, FixedLink>();
  const ownerEn = new Map<number, FixedLink>();
  const forcedFr = new Uint8Array(n);
  const forcedEn = new Uint8Array(m);
  for (const link of oneSided) {
    for (const i of link.fr) {
      if (i < 0 || i >= n || inBlockFr[i]) throw new AlignError("a locked link refers to a paragraph that does not exist or is locked twice");
      forcedFr[i] = 1;
      ownerFr.set(i, link);
    }
    for (const j of link.en) {
      if (j < 0 || j >= m || inBlockEn[j]) throw new AlignError("a locked link refers to a paragraph that does not exist or is locked twice");
      forcedEn[j] = 1;
      ownerEn.set(j, link);
    }
  }
  return { forced: oneSided.length ? { forcedFr, forcedEn } : {}, ownerFr, ownerEn };
}

/**
 * Aligns French paragraphs with English ones: links in French reading order, every
 * paragraph of both sides in exactly one link, and the English in reading order too
 * except where two neighbouring paragraphs are swapped: then their two 1-1 links cross
 * (French i with English j + 1, then French i + 1 with English j). Fixed links come back
 * unchanged (score 1) and the rest is aligned around them. Near-linear: texts too long
 * for a full search are searched in a band around a path through shared rare names and
 * numbers.
 */
export function alignParagraphs(input: AlignInput, params: CostParams = DEFAULT_PARAMS): AlignLink[] {
  const n = input.fr.length;
  const m = input.en.length;
  const fixed = input.fixed ?? [];
  const blocks = fixedBlocks(fixed, n, m);
  const extracted = extractFeatures(input.fr, input.en, input.glossary, params.evidence, input.lexicon);
  const whole = { fr0: 0, n, en0: 0, m };
  // Where each paragraph's counterpart is expected, for telling which evidence is local:
  // through shared rare keys, or, when they are too few, the path blocks of paragraphs take.
  const knots = needsCoarse(extracted, whole)
    ? coarseKnots(extracted, params, whole)
    : [[0, 0] as [number, number], ...anchorChain(extracted, whole).map(([i, j]): [number, number] => [i + 1, j + 1]), [n, m] as [number, number]];
  const features = withLocalKeys(extracted, knots);

  const pinned = pinnedParagraphs(fixed, blocks, n, m);
  const model = new CostModel(features, params, { ratio: robustRatio(features, whole, features.ratio), ...pinned.forced });
  const { ownerFr, ownerEn } = pinned;

  const links: AlignLink[] = [];
  const kept = new Set<AlignLink>();
  const keep = (link: AlignLink) => {
    kept.add(link);
    links.push(link);
  };
  const emitted = new Set<FixedLink>();
  const alignGap = (r: Range) => {
    const found = searchRange(model, r);
    for (const l of found) {
      if (l.swap) {
        const [i, j] = [r.fr0 + l.i, r.en0 + l.j];
        links.push({ fr: [i], en: [j + 1], score: l.score }, { fr: [i + 1], en: [j], score: l.score });
        continue;
      }
      const fr = range(r.fr0 + l.i, l.a);
      const en = range(r.en0 + l.j, l.b);
      const owner = fr.length ? ownerFr.get(fr[0]) : ownerEn.get(en[0]);
      if (owner && l.a + l.b === 1) {
        if (!emitted.has(owner)) keep({ fr: [...owner.fr], en: [...owner.en], score: 1 });
        emitted.add(owner);
        continue;
      }
      links.push({ fr, en, score: l.score });
    }
  };
  let fr = 0;
  let en = 0;
  for (const b of blocks) {
    alignGap({ fr0: fr, n: b.fr0 - fr, en0: en, m: b.en0 - en });
    // Paragraphs inside a block's span that its links do not hold stand alone: the French
    // ones in French order among its links, the English ones after them.
    const heldFr = new Set(b.links.flatMap((l) => l.fr));
    const heldEn = new Set(b.links.flatMap((l) => l.en));
    const inside: AlignLink[] = b.links.map((link) => ({ fr: [...link.fr], en: [...link.en], score: 1 }));
    for (const link of inside) kept.add(link);
    for (let i = b.fr0; i < b.fr1; i++) if (!heldFr.has(i)) inside.push({ fr: [i], en: [], score: 0 });
    inside.sort((x, y) => Math.min(...x.fr) - Math.min(...y.fr));
    for (let j = b.en0; j < b.en1; j++) if (!heldEn.has(j)) inside.push({ fr: [], en: [j], score: 0 });
    links.push(...inside);
    fr = b.fr1;
    en = b.en1;
  }
  alignGap({ fr0: fr, n: n - fr, en0: en, m: m - en });
  flagCrossings(links, model, kept);
  return links;
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}
