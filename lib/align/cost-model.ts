import { COGNATE_KEY, DEFAULT_EVIDENCE_WEIGHTS, LEXICON_KEY, LONE_CLASSES, type EvidenceWeights, type Features, type LoneClass, type SideFeatures } from "./features";
import { lengthDelta, tailCost } from "./length-cost";
import { MAX_RUN } from "./link-types";

/**
 * The scoring model's constants, in nats (negative log-probabilities). Fitted by
 * coordinate search on the hand-written cases of tests/fixtures/align and on
 * news-test2008 articles 41 and later (the benchmark reports articles 1-40 and the sample
 * corpus, which the search never saw), never on a single case.
 */
export interface CostParams {
  /** Variance of the English length per character, as in Gale–Church (who used 6.8). */
  variance: number;
  /** Extra cost of each link shape over a 1-1 link, keyed "a-b". */
  shapePrior: Record<string, number>;
  /** Cost of a paragraph left without partner, by kind, before the discount `lone` gives. */
  skip: { body: number; heading: number; caption: number; credit: number };
  /** Extra cost of leaving alone a paragraph whose names are found on the other side, per unit of weight. */
  skipEvidence: number;
  /** Reward per unit of shared evidence weight. */
  match: number;
  /** Cost per unit of evidence weight the smaller side brings that the other does not share. */
  mismatch: number;
  /**
   * Share of a lexicon key's weight that counts when it goes unshared: a learned table
   * misses many of a true pair's translations.
   */
  lexiconMismatch: number;
  /**
   * The same for cognate keys (shared spellings of long words): a translation often says
   * it with another word, and on a long text the word is found near by somewhere else.
   */
  cognateMismatch: number;
  /**
   * Cost per unit of unshared evidence one side has beyond the other's: a paragraph the
   * English dropped, merged into its neighbour's link, brings names the English lacks.
   */
  excess: number;
  /** Cost per unit of evidence weight of a merged paragraph that shares none of it with the other side of its link. */
  orphan: number;
  /** A heading paired with body text, a caption with a credit. */
  kindMismatch: number;
  /** Extra cost of leaving a paragraph alone, times Gale–Church's length cost of deleting it. */
  skipLength: number;
  /**
   * Less cost for leaving a paragraph alone, per key of a class (numbers, names, long
   * words) it holds that the other side lacks, up to LONE_CAP keys, times the share of its
   * keys of that class the other side lacks: a paragraph the other side dropped keeps
   * what no paragraph there has. Only this tells an added English paragraph next to a
   * dropped French one from a pair: the keys that would have told are found on one side only.
   */
  lone: Record<LoneClass, number>;
  /**
   * Cost per sentence by which a link's two sides differ in sentence count (up to
   * SENTENCE_CAP): translators split and join paragraphs far more often than sentences,
   * so a link whose sides hold different numbers of sentences is likely cut in the wrong place.
   */
  sentenceMismatch: number;
  /** Cost per question by which a link's two sides differ (up to SENTENCE_CAP): a question is translated as one. */
  questionMismatch: number;
  /**
   * Extra cost, over two 1-1 links, of linking two neighbouring paragraphs crosswise: the
   * English gives them in the opposite order (a swap). Both links then cross.
   */
  swap: number;
  /** Weight of each class of shared key. */
  evidence: EvidenceWeights;
  /**
   * Margin (nats) at which confidence is 1 - 1/e, by class of link: merged and one-sided
   * links are wrong more often than 1-1 links with the same margin, so they need more.
   */
  confidenceScale: Record<ConfidenceClass, number>;
  /**
   * The same for a text whose paragraphs share lexicon keys (a learned lexicon or the
   * dictionary): the extra evidence widens every margin, right and wrong links' alike.
   */
  lexiconConfidenceScale: Record<ConfidenceClass, number>;
}

export const DEFAULT_PARAMS: CostParams = {
  variance: 7.98,
  shapePrior: {
    "1-1": 0,
    "2-1": 2.65335,
    "1-2": 2.65335,
    "2-2": 5.32,
    "3-1": 4,
    "1-3": 4,
    "3-2": 6,
    "2-3": 6,
    "4-1": 6,
    "1-4": 6,
  },
  skip: { body: 2.25, heading: 4, caption: 2.5, credit: 1.5 },
  skipEvidence: 0.0425,
  match: 0.75,
  mismatch: 0.75,
  lexiconMismatch: 0.25,
  cognateMismatch: 1,
  excess: 0.2,
  orphan: 0.5,
  kindMismatch: 1.5,
  skipLength: 0.03325,
  lone: { n: 1.33, c: 0.5, x: 0.3 },
  sentenceMismatch: 1.33,
  questionMismatch: 0.375,
  swap: 1.5,
  evidence: { n: 1.197, m: 0.4, q: 0.9975, c: 1, g: 1.2, w: 0.798, x: 0.399, l: 0.3 },
  confidenceScale: { "1-1": 2.49, "2-1": 3.09, multi: 2.27, "one-sided": 2.88 },
  lexiconConfidenceScale: { "1-1": 2.65, "2-1": 3.8, multi: 2.91, "one-sided": 2.3 },
};

export type ConfidenceClass = "1-1" | "2-1" | "multi" | "one-sided";

/** A link's class for its confidence scale. */
export function confidenceClass(a: number, b: number): ConfidenceClass {
  if (!a || !b) return "one-sided";
  if (a + b === 2) return "1-1";
  return a + b === 3 ? "2-1" : "multi";
}

const PRIOR_SLOTS = MAX_RUN + 1;
/** Sentences of difference past which a link costs no more: it is wrong either way. */
export const SENTENCE_CAP = 2;

/** Keys of one class past which more of them the other side lacks count no more. */
export const LONE_CAP = 3;

function skipCost(p: CostParams, kind: string, weight: number, chars: number, ratio: number, lone: number): number {
  const base = kind === "caption" || kind === "credit" || kind === "heading" ? p.skip[kind] : kind === "title" ? p.skip.heading : p.skip.body;
  const length = p.skipLength ? p.skipLength * tailCost(lengthDelta(chars, 0, ratio, p.variance)) : 0;
  return base + p.skipEvidence * weight + length - lone;
}

/** Each paragraph's discount on being left alone (CostParams.lone). */
function loneDiscounts(side: SideFeatures, p: CostParams): Float64Array {
  const out = new Float64Array(side.count);
  const k = LONE_CLASSES.length;
  for (let i = 0; i < side.count; i++) {
    for (let c = 0; c < k; c++) {
      const lone = side.lone[i * k + c];
      if (lone) out[i] += (p.lone[LONE_CLASSES[c]] * Math.min(LONE_CAP, lone) * lone) / (lone + side.found[i * k + c]);
    }
  }
  return out;
}

/**
 * What a candidate link's two runs bring: the weight of the keys they share, and for the
 * mismatch costs the same counted with lexicon keys discounted (lexiconMismatch), with
 * each run's own weight so counted, and the orphan weight of its merged members.
 */
export interface LinkEvidence {
  shared: number;
  sharedM: number;
  frM: number;
  enM: number;
  orphan: number;
}

/** What one alignment knows of its text beyond the features, fixed before the search. */
export interface TextConditions {
  /** English characters per French one the length cost expects; the features' whole-text ratio when left out. */
  ratio?: number;
  /** Paragraphs a locked one-sided link holds (1 each): they may only stand alone. */
  forcedFr?: Uint8Array;
  forcedEn?: Uint8Array;
}

/** Link costs for one text: the features, constants and conditions bound together, priors in a table. */
export class CostModel {
  private readonly prior = new Float64Array(PRIOR_SLOTS * PRIOR_SLOTS).fill(Infinity);
  /** English characters per French one, as the length cost counts them. */
  readonly ratio: number;
  private readonly forcedFr: Uint8Array | null;
  private readonly forcedEn: Uint8Array | null;
  private readonly loneFr: Float64Array;
  private readonly loneEn: Float64Array;
  private readonly confidenceScale: Record<ConfidenceClass, number>;

  constructor(
    readonly f: Features,
    readonly p: CostParams = DEFAULT_PARAMS,
    conditions: TextConditions = {},
  ) {
    this.ratio = conditions.ratio ?? f.ratio;
    this.forcedFr = conditions.forcedFr ?? null;
    this.forcedEn = conditions.forcedEn ?? null;
    for (const [shape, cost] of Object.entries(p.shapePrior)) {
      const [a, b] = shape.split("-").map(Number);
      this.prior[a * PRIOR_SLOTS + b] = cost;
    }
    this.loneFr = loneDiscounts(f.fr, p);
    this.loneEn = loneDiscounts(f.en, p);
    // Lexicon keys only one side has are interned too (weight 0): only shared ones widen margins.
    const sharesLexicon = f.weak.some((kind, id) => kind === LEXICON_KEY && f.keyWeight[id] > 0);
    this.confidenceScale = sharesLexicon ? p.lexiconConfidenceScale : p.confidenceScale;
    this.mismatchWeight = f.keyWeight.map((w, id) => (f.weak[id] === LEXICON_KEY ? w * p.lexiconMismatch : f.weak[id] === COGNATE_KEY ? w * p.cognateMismatch : w));
  }

  /** Each key's weight as the mismatch costs count it. */
  readonly mismatchWeight: Float64Array;

  /** The evidence of French paragraph i against English paragraph j. Cost: O(keys). */
  pairEvidence(i: number, j: number): LinkEvidence {
    const a = this.f.fr.keys[i];
    const b = this.f.en.keys[j];
    const ev = { shared: 0, sharedM: 0, frM: 0, enM: 0, orphan: 0 };
    for (let x = 0; x < a.length; x++) ev.frM += this.mismatchWeight[a[x]];
    for (let x = 0; x < b.length; x++) ev.enM += this.mismatchWeight[b[x]];
    sharedInto(a, b, this.f.keyWeight, this.mismatchWeight, ev);
    return ev;
  }

  /**
   * Cost of a link between French [i0, i0 + a) and English [j0, j0 + b), given what the
   * two runs' evidence brings (ignored when one side is empty). Cost: O(a + b).
   */
  cost(i0: number, a: number, j0: number, b: number, ev?: LinkEvidence): number {
    const { f, p } = this;
    const fr = f.fr;
    const en = f.en;
    if (this.forcedFr || this.forcedEn) {
      let forced = false;
      for (let k = 0; k < a && this.forcedFr; k++) forced ||= this.forcedFr[i0 + k] === 1;
      for (let k = 0; k < b && this.forcedEn; k++) forced ||= this.forcedEn[j0 + k] === 1;
      if (forced) return a + b === 1 ? 0 : Infinity;
    }
    if (b === 0) return skipCost(p, fr.kinds[i0], fr.weight[i0 + 1] - fr.weight[i0], fr.len[i0 + 1] - fr.len[i0], this.ratio, this.loneFr[i0]);
    if (a === 0) return skipCost(p, en.kinds[j0], en.weight[j0 + 1] - en.weight[j0], (en.len[j0 + 1] - en.len[j0]) / this.ratio, this.ratio, this.loneEn[j0]);
    const lenA = fr.len[i0 + a] - fr.len[i0];
    const lenB = en.len[j0 + b] - en.len[j0];
    let cost = this.prior[a * PRIOR_SLOTS + b];
    cost += tailCost(lengthDelta(lenA, lenB, this.ratio, p.variance));
    const e = ev ?? this.pairEvidence(i0, j0);
    cost -= p.match * e.shared;
    const unsharedA = Math.max(0, e.frM - e.sharedM);
    const unsharedB = Math.max(0, e.enM - e.sharedM);
    cost += p.mismatch * Math.min(unsharedA, unsharedB) + p.excess * Math.abs(unsharedA - unsharedB) + p.orphan * e.orphan;
    let classA = 0;
    let classB = 0;
    for (let k = 0; k < a; k++) classA |= fr.kindClass[i0 + k];
    for (let k = 0; k < b; k++) classB |= en.kindClass[j0 + k];
    if (classA !== classB) cost += p.kindMismatch;
    return cost + this.sentenceCost(i0, a, j0, b);
  }

  /** The sentence and question count mismatch of a link's two runs. Cost: O(1). */
  private sentenceCost(i0: number, a: number, j0: number, b: number): number {
    const { fr, en } = this.f;
    const { sentenceMismatch, questionMismatch } = this.p;
    const sentences = sentenceMismatch ? Math.abs(fr.sentences[i0 + a] - fr.sentences[i0] - (en.sentences[j0 + b] - en.sentences[j0])) : 0;
    const questions = questionMismatch ? Math.abs(fr.questions[i0 + a] - fr.questions[i0] - (en.questions[j0 + b] - en.questions[j0])) : 0;
    return sentenceMismatch * Math.min(SENTENCE_CAP, sentences) + questionMismatch * Math.min(SENTENCE_CAP, questions);
  }

  /** Cost of French i0 linked with English j0 + 1 and French i0 + 1 with English j0 (a swap). */
  swapCost(i0: number, j0: number): number {
    return this.p.swap + this.cost(i0, 1, j0 + 1, 1) + this.cost(i0 + 1, 1, j0, 1);
  }

  /**
   * No more than cost() for a link with both sides non-empty: the shape's prior and the
   * length cost, less the largest reward the evidence could bring. Cost: O(1).
   */
  lowerBound(i0: number, a: number, j0: number, b: number, frWeight: number, enWeight: number): number {
    const { f, p } = this;
    const lenA = f.fr.len[i0 + a] - f.fr.len[i0];
    const lenB = f.en.len[j0 + b] - f.en.len[j0];
    return (
      this.prior[a * PRIOR_SLOTS + b] +
      tailCost(lengthDelta(lenA, lenB, this.ratio, p.variance)) -
      p.match * Math.min(frWeight, enWeight) +
      this.sentenceCost(i0, a, j0, b)
    );
  }

  /** Confidence in [0, 1] of a link of a French and b English paragraphs, from its margin in nats. */
  confidence(margin: number, a: number, b: number): number {
    if (!(margin > 0)) return 0;
    return 1 - Math.exp(-margin / this.confidenceScale[confidenceClass(a, b)]);
  }
}

/** Adds to ev.shared and ev.sharedM the weights of the keys two sorted id lists share: one merge. */
export function sharedInto(a: Int32Array, b: Int32Array, weight: Float64Array, mismatchWeight: Float64Array, ev: { shared: number; sharedM: number }): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      ev.shared += weight[x];
      ev.sharedM += mismatchWeight[x];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
}
