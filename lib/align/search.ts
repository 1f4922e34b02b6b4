import { anchorChain, bandFor, bandThroughKnots, edgeRows, fullBand, pathCells, FULL_SEARCH_CELLS, MIN_HALF_WIDTH, type Range } from "./band";
import { CostModel, type CostParams } from "./cost-model";
import { alignInBand, alignInBandWithTotal, bestPathInBand, unionOfSorted, type RangeLink } from "./dp";
import { KIND_CLASS, LONE_CLASSES, type Features, type SideFeatures } from "./features";

/** What a range's rows are: the text's paragraphs, or blocks of them for a first, rough path. */
type Units = "paragraphs" | "blocks";

/** Paragraphs per block when a long text is first aligned block by block. */
export const BLOCK = 8;
/** Half-width of the band around a path projected from blocks: two blocks and a little. */
const COARSE_HALF_WIDTH = 2 * BLOCK + MIN_HALF_WIDTH;
/**
 * Fewer shared rare keys than one per this many paragraphs cannot guide a band: the
 * text's content recurs (digests, archives) or carries no names and numbers.
 */
const ANCHOR_SPACING = 40;

/**
 * Best alignment of a range, in time linear in its length. Short ranges are searched
 * whole. Long ones in a band around a path through shared rare names and numbers; when
 * they are too few, or when the best path found runs along the band's edge (the band
 * lost it: drops piled up, or repeated content misled the guide), the range is aligned
 * coarse to fine instead: blocks of BLOCK paragraphs aligned first (the same way, so
 * recursively), then paragraphs in a band around the path the blocks give.
 */
export function searchRange(model: CostModel, r: Range, units: Units = "paragraphs"): RangeLink[] {
  if ((r.n + 1) * (r.m + 1) <= FULL_SEARCH_CELLS) return alignInBand(model, r, fullBand(r.n, r.m));
  if (!needsCoarse(model.f, r)) {
    const band = bandFor(model.f, r);
    const found = alignInBand(model, r, band);
    const windows = repairWindows(edgeRows(pathCells(found), band, r.m), r.n);
    if (!windows.length) return found;
    // A few places where the band lost the path: those stretches are searched again on
    // their own (whole when short enough); many of them: the band is no guide at all.
    if (windows.reduce((rows, [i0, i1]) => rows + i1 - i0, 0) <= MAX_REPAIRED_SHARE * r.n) return repair(model, r, found, windows, units);
  }
  return alignCoarseToFine(model, r, units);
}

/**
 * The widest band aligning coarse to fine tries: the first one's width, doubled four times
 * (304 paragraphs each side). The bench's recurring texts needed up to eight times.
 */
const MAX_COARSE_HALF_WIDTH = 16 * COARSE_HALF_WIDTH;
/**
 * How much cheaper, in paragraphs left alone, a path a wider band finds must be to count
 * as another path rather than the same one nudged.
 */
const MIN_GAIN_SKIPS = 2;
/** Path cells outside the narrower band past which a wider band found a path of its own, and an even wider one may find another. */
const MIN_MOVED = 50;
/**
 * Cells of a wide band whose best way in is worse than their row's best by more than this
 * many paragraphs left alone are given up (see forwardPass). At 60, a band that still cut
 * off the right path lost the compromise paths along its edge as well (made-up recurring
 * documents); 100 kept them.
 */
const BEAM_SKIPS = 100;

/**
 * Paragraphs in a band around the path that aligning the range's blocks gives. The blocks'
 * path can stray from the paragraphs' by more than the band's width: content that recurs
 * word for word (the same articles over and over, each cut differently) is told apart by
 * small differences that blocks blur, and the blocks' path may follow another copy of the
 * same text for thousands of paragraphs. Inside the band, the best path then follows that
 * copy too, or runs along the band's edge. So the band is tried twice as wide (the forward
 * pass alone, with a beam: fast, and a byte a cell), and again while that finds a cheaper
 * path that leaves the narrower band or runs along the edge; the cheapest path found is
 * then aligned exactly, with confidences, in a narrow band around it. Time stays linear
 * in the text's length: about twice a single pass where the first path was right (the
 * one wider try), up to 16 times the band's width where the paths keep moving.
 */
function alignCoarseToFine(model: CostModel, r: Range, units: Units): RangeLink[] {
  const knots = coarseKnots(model.f, model.p, r, model.ratio);
  const first = bandThroughKnots(model.f, r, knots, () => COARSE_HALF_WIDTH);
  const found = alignInBandWithTotal(model, r, first);
  // Blocks blur what tells one copy from another, and a cheaper blocks' path is no better
  // guide: for blocks, a wider band is tried only where the path shows the band cut it off.
  if (units === "blocks" && !edgeRows(pathCells(found.links), first, r.m).length) return found.links;
  const beam = BEAM_SKIPS * model.p.skip.body;
  let band = first;
  let best = { cells: pathCells(found.links), total: found.total };
  for (let width = 2 * COARSE_HALF_WIDTH; width <= MAX_COARSE_HALF_WIDTH; width *= 2) {
    const wider = bandThroughKnots(model.f, r, knots, () => width);
    const path = bestPathInBand(model, r, wider, beam);
    const hugs = edgeRows(path.cells, wider, r.m).length > 0;
    const cheaper = path.total < best.total - MIN_GAIN_SKIPS * model.p.skip.body;
    // A path the beam made dearer than the narrow band's is no news, unless it shows the
    // band still too narrow.
    if (!cheaper && !hugs) break;
    const moved = path.cells.filter(([i, j]) => j < band.lo[i] || j > band.hi[i]).length;
    band = wider;
    if (cheaper) best = path;
    if (!hugs && moved < MIN_MOVED) break;
  }
  if (best.total === found.total) return found.links;
  return alignInBand(model, r, bandThroughKnots(model.f, r, best.cells, () => COARSE_HALF_WIDTH));
}

/** French paragraphs each side of a place where the path ran along the band's edge that are searched again. */
const REPAIR_REACH = 60;
/** Past this share of the text to search again, the whole text is aligned coarse to fine instead. */
const MAX_REPAIRED_SHARE = 0.25;

/** Stretches [i0, i1) of French boundaries around the given rows, merged where they overlap. */
function repairWindows(rows: number[], n: number): [number, number][] {
  const windows: [number, number][] = [];
  for (const i of [...rows].sort((x, y) => x - y)) {
    const [i0, i1] = [Math.max(0, i - REPAIR_REACH), Math.min(n, i + REPAIR_REACH)];
    const last = windows[windows.length - 1];
    if (last && i0 <= last[1]) last[1] = Math.max(last[1], i1);
    else windows.push([i0, i1]);
  }
  return windows;
}

/**
 * The links found, with the stretch of each window replaced by a search of its own
 * between the path's cells just outside it. Links are in range coordinates.
 */
function repair(model: CostModel, r: Range, found: RangeLink[], windows: [number, number][], units: Units): RangeLink[] {
  let links = found;
  for (const [w0, w1] of [...windows].reverse()) {
    const cells = pathCells(links);
    let k0 = 0;
    while (k0 + 1 < cells.length && cells[k0 + 1][0] <= w0) k0++;
    let k1 = cells.length - 1;
    while (k1 - 1 > k0 && cells[k1 - 1][0] >= w1) k1--;
    const [i0, j0] = cells[k0];
    const [i1, j1] = cells[k1];
    const sub = searchRange(model, { fr0: r.fr0 + i0, n: i1 - i0, en0: r.en0 + j0, m: j1 - j0 }, units).map((l) => ({ ...l, i: l.i + i0, j: l.j + j0 }));
    links = [...links.slice(0, k0), ...sub, ...links.slice(k1)];
  }
  return links;
}

/** Whether a range is too long to search whole and has too few shared rare keys to guide a band. */
export function needsCoarse(f: Features, r: Range): boolean {
  if ((r.n + 1) * (r.m + 1) <= FULL_SEARCH_CELLS) return false;
  return anchorChain(f, r).length * ANCHOR_SPACING < Math.max(r.n, r.m);
}

/**
 * Cells (French boundary, English boundary) of the range, from (0, 0) to (n, m), that
 * aligning its blocks of BLOCK paragraphs goes through: a rough path for long texts.
 * `ratio`: the length ratio the blocks are aligned with (by default the whole text's).
 */
export function coarseKnots(f: Features, p: CostParams, r: Range, ratio = f.ratio): [number, number][] {
  const blocks: Features = { fr: blockSide(f.fr, r.fr0, r.n, f.keyWeight), en: blockSide(f.en, r.en0, r.m, f.keyWeight), keyWeight: f.keyWeight, weak: f.weak, ratio: f.ratio };
  const coarse = searchRange(new CostModel(blocks, blockParams(p), { ratio }), { fr0: 0, n: blocks.fr.count, en0: 0, m: blocks.en.count }, "blocks");
  return pathCells(coarse).map(([i, j]): [number, number] => [Math.min(r.n, i * BLOCK), Math.min(r.m, j * BLOCK)]);
}

/**
 * Constants for blocks: a block left alone stands for BLOCK paragraphs left alone; block
 * boundaries do not fall where links do, so neighbouring blocks share part of each
 * other's evidence and unshared evidence says nothing (no mismatch, excess or orphan cost).
 */
function blockParams(p: CostParams): CostParams {
  const skip = p.skip.body * BLOCK;
  return { ...p, skip: { body: skip, heading: skip, caption: skip, credit: skip }, mismatch: 0, excess: 0, orphan: 0, kindMismatch: 0, sentenceMismatch: 0, questionMismatch: 0, swap: Infinity };
}

/** One side's paragraphs [start, start + count) as blocks of BLOCK paragraphs: lengths and keys pooled. */
function blockSide(side: SideFeatures, start: number, count: number, keyWeight: Float64Array): SideFeatures {
  const n = Math.ceil(count / BLOCK);
  const len = new Float64Array(n + 1);
  const sentences = new Float64Array(n + 1);
  const questions = new Float64Array(n + 1);
  const weight = new Float64Array(n + 1);
  const keys: Int32Array[] = [];
  for (let b = 0; b < n; b++) {
    const from = start + b * BLOCK;
    const to = Math.min(start + count, from + BLOCK);
    len[b + 1] = len[b] + side.len[to] - side.len[from];
    sentences[b + 1] = sentences[b] + side.sentences[to] - side.sentences[from];
    questions[b + 1] = questions[b] + side.questions[to] - side.questions[from];
    const pooled = unionOfSorted(side.keys.slice(from, to));
    keys.push(pooled);
    let w = 0;
    for (let x = 0; x < pooled.length; x++) w += keyWeight[pooled[x]];
    weight[b + 1] = weight[b] + w;
  }
  // No block counts keys the other side lacks: leaving one alone costs BLOCK paragraphs' skips.
  const none = new Uint8Array(n * LONE_CLASSES.length);
  return { count: n, len, sentences, questions, weight, keys, kinds: new Array(n).fill("body"), kindClass: new Uint8Array(n).fill(KIND_CLASS.body), lone: none, found: none };
}
