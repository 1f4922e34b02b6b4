import type { Band, Range } from "./band";
import { sharedInto, type CostModel, type LinkEvidence } from "./cost-model";
import { sharesAny } from "./features";
import { LINK_SHAPES, MAX_RUN } from "./link-types";

/**
 * A link in the range's own coordinates: French [i, i + a), English [j, j + b). With
 * `swap`, a = b = 2 and the step stands for two crossing links: French i with English
 * j + 1, French i + 1 with English j.
 */
export interface RangeLink {
  i: number;
  a: number;
  j: number;
  b: number;
  score: number;
  swap?: boolean;
}

/** The steps the search takes: every link shape, then the swap (two crossing 1-1 links). */
const SWAP = LINK_SHAPES.length;
const SHAPES = SWAP + 1;
const SHAPE_A = Int32Array.from([...LINK_SHAPES.map((s) => s[0]), 2]);
const SHAPE_B = Int32Array.from([...LINK_SHAPES.map((s) => s[1]), 2]);
/**
 * A run link that cannot come within this many nats of the best way into its end cell is
 * not costed in full: every alignment through it is at least this much worse than the
 * best, so its only use would be a margin, and confidence is saturated long before
 * (1 - e^-4.4 at the largest scale fitted for paragraphs). It saves most of the work on long texts.
 */
const PRUNE_MARGIN = 15;

/** Sorted union of sorted id lists. */
export function unionOfSorted(lists: Int32Array[]): Int32Array {
  const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let k = 0;
  for (const l of lists) for (let x = 0; x < l.length; x++) all[k++] = l[x];
  all.sort();
  let out = 0;
  for (let x = 0; x < all.length; x++) if (x === 0 || all[x] !== all[x - 1]) all[out++] = all[x];
  return all.slice(0, out);
}

/**
 * The keys of each run of up to MAX_RUN consecutive paragraphs of one side, each key
 * once, built when first asked for: most candidate runs are pruned before they are.
 */
class RunKeys {
  private readonly keyCache: (Int32Array | undefined)[][] = Array.from({ length: MAX_RUN + 1 }, () => []);
  private readonly weightCache: Float64Array[] = [];

  constructor(
    private readonly paragraphKeys: Int32Array[],
    private readonly start: number,
    private readonly count: number,
    /** Weight of each key as the mismatch costs count it. */
    private readonly keyWeight: Float64Array,
  ) {
    for (let size = 0; size <= MAX_RUN; size++) this.weightCache.push(new Float64Array(count).fill(NaN));
  }

  keys(size: number, i: number): Int32Array {
    if (size === 1) return this.paragraphKeys[this.start + i];
    let keys = this.keyCache[size][i];
    if (!keys) {
      const end = Math.min(this.count, i + size);
      keys = this.keyCache[size][i] = unionOfSorted(this.paragraphKeys.slice(this.start + i, this.start + end));
    }
    return keys;
  }

  weight(size: number, i: number): number {
    let w = this.weightCache[size][i];
    if (Number.isNaN(w)) {
      const keys = this.keys(size, i);
      w = 0;
      for (let x = 0; x < keys.length; x++) w += this.keyWeight[keys[x]];
      this.weightCache[size][i] = w;
    }
    return w;
  }
}

/**
 * Evidence of runs of several paragraphs, counted as sets: a name found in both French
 * paragraphs of a 2-2 link and in both English ones counts once, as in two 1-1 links,
 * so that repeated names do not pull correct 1-1 links into merges. Run key sets are
 * built once per run, so a candidate link costs a few merges of short sorted lists.
 */
class RunEvidence {
  private readonly fr: RunKeys;
  private readonly en: RunKeys;
  /** The last link measured; orphan: the evidence of member paragraphs that share none of it with the other side. */
  readonly ev: LinkEvidence = { shared: 0, sharedM: 0, frM: 0, enM: 0, orphan: 0 };

  private readonly fr0: number;
  private readonly en0: number;

  constructor(
    private readonly model: CostModel,
    r: Range,
  ) {
    this.fr0 = r.fr0;
    this.en0 = r.en0;
    this.fr = new RunKeys(model.f.fr.keys, r.fr0, r.n, model.mismatchWeight);
    this.en = new RunKeys(model.f.en.keys, r.en0, r.m, model.mismatchWeight);
  }

  /**
   * A bound under the link's cost from O(1) facts: its shape, lengths, and its members'
   * evidence weights added up (no less than the weight of their union).
   */
  lowerBound(i: number, a: number, j: number, b: number): number {
    const { fr, en } = this.model.f;
    const i0 = this.fr0 + i;
    const j0 = this.en0 + j;
    return this.model.lowerBound(i0, a, j0, b, fr.weight[i0 + a] - fr.weight[i0], en.weight[j0 + b] - en.weight[j0]);
  }

  /** French [i, i + a) against English [j, j + b), in range coordinates. */
  measure(i: number, a: number, j: number, b: number): void {
    const w = this.model.f.keyWeight;
    const frKeys = this.fr.keys(a, i);
    const enKeys = this.en.keys(b, j);
    const ev = this.ev;
    ev.shared = 0;
    ev.sharedM = 0;
    sharedInto(frKeys, enKeys, w, this.model.mismatchWeight, ev);
    ev.frM = this.fr.weight(a, i);
    ev.enM = this.en.weight(b, j);
    ev.orphan = 0;
    // A paragraph merged into a link must bring something the other side has: one that
    // shares nothing is more likely one the other side left out.
    if (a > 1) for (let k = 0; k < a; k++) ev.orphan += this.orphanWeight(this.fr.keys(1, i + k), enKeys, w);
    if (b > 1) for (let k = 0; k < b; k++) ev.orphan += this.orphanWeight(this.en.keys(1, j + k), frKeys, w);
  }

  /** The strong evidence (names, numbers, quotes) of a member that shares nothing with the other side; weak keys often fail to show even in a true pair. */
  private orphanWeight(member: Int32Array, other: Int32Array, w: Float64Array): number {
    if (sharesAny(member, other)) return 0;
    const weak = this.model.f.weak;
    let strong = 0;
    for (let x = 0; x < member.length; x++) if (!weak[member[x]]) strong += w[member[x]];
    return strong;
  }
}

/** What the forward pass leaves: the last link of the cheapest way into every cell of the band. */
interface ForwardPass {
  /** The shape of the last link of the cheapest way into each cell. */
  back: Uint8Array;
  cell: (i: number, j: number) => number;
  total: number;
  /** Link evidence and costs of the range, shared by both passes. */
  cost: (i: number, a: number, j: number, b: number, s: number) => number;
  /** What the backward pass needs again, when asked for. */
  kept?: KeptForBackward;
}

/** Where alignInBand keeps what its backward pass needs again: F(i, j) and every link's cost, by cell. */
interface KeptForBackward {
  forward: Float64Array;
  /** By end cell and shape (stride SHAPES). */
  linkCost: Float32Array;
}

/**
 * Rows of F the forward pass reads from: a link reaches at most MAX_RUN rows back, so
 * MAX_RUN + 1 rows are held, each as wide as the band's widest row.
 */
const RING_ROWS = MAX_RUN + 1;

/**
 * Forward pass: F(i, j), the cheapest alignment of French [0, i) with English [0, j), over
 * the band's cells, row by row. It holds only the rows links reach back to, plus one byte
 * a cell for the way back, so a band many times wider than the path needs fits; with
 * `keep`, it also keeps every row and link cost for the backward pass. With a finite `beam`, cells whose
 * F exceeds their row's best by more than it are given up: an approximation, for trying
 * wide bands quickly; their paths are then searched exactly in a narrow band.
 */
function forwardPass(model: CostModel, r: Range, band: Band, keep: boolean, beam = Infinity): ForwardPass {
  const { n, m, fr0, en0 } = r;
  const { lo, hi } = band;
  const rowOffset = new Int32Array(n + 2);
  let widest = 0;
  for (let i = 0; i <= n; i++) {
    rowOffset[i + 1] = rowOffset[i] + (hi[i] - lo[i] + 1);
    widest = Math.max(widest, hi[i] - lo[i] + 1);
  }
  const cells = rowOffset[n + 1];
  const cell = (i: number, j: number) => (j < lo[i] || j > hi[i] ? -1 : rowOffset[i] + j - lo[i]);
  const kept: KeptForBackward | undefined = keep ? { forward: new Float64Array(cells), linkCost: new Float32Array(cells * SHAPES).fill(Infinity) } : undefined;
  // F and the 1-1 link's cost of the rows links reach back to (slot: -1 outside the band).
  const ring = new Float64Array(RING_ROWS * widest).fill(Infinity);
  const ringOneToOne = new Float32Array(RING_ROWS * widest).fill(Infinity);
  const slot = (i: number, j: number) => (i < 0 || j < lo[i] || j > hi[i] ? -1 : (i % RING_ROWS) * widest + j - lo[i]);
  const runs = new RunEvidence(model, r);
  const swaps = model.p.swap < Infinity;
  const cost = (i: number, a: number, j: number, b: number, s: number) => {
    if (s === SWAP) return model.swapCost(fr0 + i, en0 + j);
    if (!a || !b) return model.cost(fr0 + i, a, en0 + j, b);
    runs.measure(i, a, j, b);
    return model.cost(fr0 + i, a, en0 + j, b, runs.ev);
  };

  const back = new Uint8Array(cells);
  // A pass that only looks for the cheapest path needs no margins: merges that cannot beat
  // the best way in are not costed at all (a third faster on wide bands).
  const margin = beam < Infinity ? 0 : PRUNE_MARGIN;
  /**
   * The swap ending at (i, j) from its two crossing 1-1 links, whose costs the forward pass
   * has already found at their end cells (i - 1, j) and (i, j - 1) when it reached their
   * starts: O(1) instead of two evidence merges per cell.
   */
  const swapCost = (i: number, j: number) => {
    const upper = slot(i - 1, j);
    const lower = slot(i, j - 1);
    const first = upper < 0 ? Infinity : ringOneToOne[upper];
    const second = lower < 0 ? Infinity : ringOneToOne[lower];
    return (
      model.p.swap +
      (first < Infinity ? first : model.cost(fr0 + i - 2, 1, en0 + j - 1, 1)) +
      (second < Infinity ? second : model.cost(fr0 + i - 1, 1, en0 + j - 2, 1))
    );
  };

  for (let i = 0; i <= n; i++) {
    const base = (i % RING_ROWS) * widest;
    ring.fill(Infinity, base, base + widest);
    ringOneToOne.fill(Infinity, base, base + widest);
    for (let j = lo[i]; j <= hi[i]; j++) {
      const here = base + j - lo[i];
      if (i === 0 && j === 0) {
        ring[here] = 0;
        continue;
      }
      let best = Infinity;
      let bestShape = 0;
      for (let s = 0; s < SHAPES; s++) {
        const a = SHAPE_A[s];
        const b = SHAPE_B[s];
        if (i < a || j < b) continue;
        const from = slot(i - a, j - b);
        if (from < 0 || ring[from] === Infinity) continue;
        if (s === SWAP && !swaps) continue;
        if (s !== SWAP && a + b > 2 && ring[from] + runs.lowerBound(i - a, a, j - b, b) > best + margin) continue;
        // Rounded as stored, so that both passes add up exactly the same costs.
        const c = Math.fround(s === SWAP ? swapCost(i, j) : cost(i - a, a, j - b, b, s));
        if (kept) kept.linkCost[(rowOffset[i] + j - lo[i]) * SHAPES + s] = c;
        if (s === 0) ringOneToOne[here] = c;
        const v = ring[from] + c;
        if (v < best) {
          best = v;
          bestShape = s;
        }
      }
      ring[here] = best;
      back[rowOffset[i] + j - lo[i]] = bestShape;
    }
    if (beam < Infinity && i < n) {
      const end = base + hi[i] - lo[i];
      let rowBest = Infinity;
      for (let x = base; x <= end; x++) rowBest = Math.min(rowBest, ring[x]);
      for (let x = base; x <= end; x++) if (ring[x] > rowBest + beam) ring[x] = Infinity;
    }
    if (kept) kept.forward.set(ring.subarray(base, base + hi[i] - lo[i] + 1), rowOffset[i]);
  }
  const total = ring[slot(n, m)];
  if (total === Infinity && beam === Infinity) throw new Error(`no alignment within the band (${n} x ${m})`);
  return { back, cell, total, cost, kept };
}

/** The cheapest path's steps from (0, 0) to (n, m), each with the cell it starts from. */
function tracePath(pass: ForwardPass, n: number, m: number): { i: number; j: number; s: number }[] {
  const path: { i: number; j: number; s: number }[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const s = pass.back[pass.cell(i, j)];
    i -= SHAPE_A[s];
    j -= SHAPE_B[s];
    path.push({ i, j, s });
  }
  return path.reverse();
}

/**
 * The cheapest path through a band and its cost, without confidences: the forward pass
 * alone, in a byte a cell where alignInBand takes about eighty, for trying wide bands.
 */
export function bestPathInBand(model: CostModel, r: Range, band: Band, beam: number): { cells: [number, number][]; total: number } {
  const pass = forwardPass(model, r, band, false, beam);
  // The beam gave up every way into the last cell.
  if (pass.total === Infinity) return { cells: [], total: Infinity };
  const cells: [number, number][] = [[0, 0]];
  for (const { i, j, s } of tracePath(pass, r.n, r.m)) cells.push([i + SHAPE_A[s], j + SHAPE_B[s]]);
  return { cells, total: pass.total };
}

/**
 * Best monotone alignment of a range inside a band, with each link's confidence.
 *
 * Forward pass: F(i, j), the cheapest alignment of French [0, i) with English [0, j).
 * Backward pass: G(i, j), the cheapest of the rest. For every candidate link,
 * F(start) + cost + G(end) is the best total of an alignment that uses it; for each
 * paragraph the best such total over the links holding it, other than the chosen one,
 * is the best alignment without the chosen link. Its excess over the optimum is the
 * chosen link's margin, which becomes its confidence.
 *
 * Time O(cells * shapes), memory O(cells), where cells is the band's size.
 */
export function alignInBand(model: CostModel, r: Range, band: Band): RangeLink[] {
  return alignInBandWithTotal(model, r, band).links;
}

/** alignInBand, with the cost of the path found. */
export function alignInBandWithTotal(model: CostModel, r: Range, band: Band): { links: RangeLink[]; total: number } {
  const { n, m } = r;
  const { lo, hi } = band;
  const pass = forwardPass(model, r, band, true);
  const { cell, total, cost } = pass;
  const { forward, linkCost } = pass.kept!;
  const swaps = model.p.swap < Infinity;

  // The chosen path, and for each paragraph the identity (start cell * shapes + shape) of its link.
  const path = tracePath(pass, n, m);
  const chosenFr = new Float64Array(n).fill(-1);
  const chosenEn = new Float64Array(m).fill(-1);
  const aloneFr = new Uint8Array(n);
  const aloneEn = new Uint8Array(m);
  for (const { i, j, s } of path) {
    const id = cell(i, j) * SHAPES + s;
    for (let k = 0; k < SHAPE_A[s]; k++) chosenFr[i + k] = id;
    for (let k = 0; k < SHAPE_B[s]; k++) chosenEn[j + k] = id;
    if (!SHAPE_B[s]) aloneFr[i] = 1;
    if (!SHAPE_A[s]) aloneEn[j] = 1;
  }

  const backward = new Float64Array(forward.length).fill(Infinity);
  backward[cell(n, m)] = 0;
  const altFr = new Float64Array(n).fill(Infinity);
  const altEn = new Float64Array(m).fill(Infinity);
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      const here = cell(i, j);
      let best = i === n && j === m ? 0 : Infinity;
      const before = forward[here];
      for (let s = 0; s < SHAPES; s++) {
        const a = SHAPE_A[s];
        const b = SHAPE_B[s];
        if (i + a > n || j + b > m) continue;
        const to = cell(i + a, j + b);
        if (to < 0 || backward[to] === Infinity) continue;
        if (s === SWAP && !swaps) continue;
        // Links the forward pass never costed start from cells it could not reach.
        const c = before === Infinity ? Math.fround(cost(i, a, j, b, s)) : linkCost[to * SHAPES + s];
        const v = c + backward[to];
        if (v < best) best = v;
        if (before === Infinity) continue;
        const through = before + v;
        const id = here * SHAPES + s;
        // A paragraph left alone is the same link at whatever cell the path leaves it (next
        // to one left alone on the other side, either order): that is no alternative.
        for (let k = i; k < i + a; k++) if (chosenFr[k] !== id && through < altFr[k] && !(b === 0 && aloneFr[k])) altFr[k] = through;
        for (let k = j; k < j + b; k++) if (chosenEn[k] !== id && through < altEn[k] && !(a === 0 && aloneEn[k])) altEn[k] = through;
      }
      backward[here] = best;
    }
  }

  const links = path.map(({ i, j, s }): RangeLink => {
    const a = SHAPE_A[s];
    const b = SHAPE_B[s];
    let alternative = Infinity;
    for (let k = i; k < i + a; k++) alternative = Math.min(alternative, altFr[k]);
    for (let k = j; k < j + b; k++) alternative = Math.min(alternative, altEn[k]);
    // A swap's two links are 1-1 links, and are calibrated as such.
    const score = alternative === Infinity ? 1 : s === SWAP ? model.confidence(alternative - total, 1, 1) : model.confidence(alternative - total, a, b);
    return s === SWAP ? { i, a, j, b, score, swap: true } : { i, a, j, b, score };
  });
  return { links, total };
}
