/**
 * Positions for a document's links in reading order, keeping locked links' positions
 * when they can be kept: new links get integers between their locked neighbours (before
 * the first one they may go below zero). Returns null when the locked positions are out
 * of order or too close together to fit the new links between them.
 *
 * @param locked for each link in reading order, its current position if it is locked, else null
 */
export function fitPositions(locked: readonly (number | null)[]): number[] | null {
  const out: number[] = new Array(locked.length);
  const anchors = locked.flatMap((p, k) => (p === null ? [] : [k]));
  if (!anchors.length) return locked.map((_, k) => k);
  for (let a = 1; a < anchors.length; a++) {
    const [k0, k1] = [anchors[a - 1], anchors[a]];
    if ((locked[k1] as number) - (locked[k0] as number) < k1 - k0) return null;
  }
  for (const k of anchors) out[k] = locked[k] as number;
  const first = anchors[0];
  for (let k = 0; k < first; k++) out[k] = out[first] - (first - k);
  for (let a = 1; a < anchors.length; a++) {
    for (let k = anchors[a - 1] + 1; k < anchors[a]; k++) out[k] = out[anchors[a - 1]] + (k - anchors[a - 1]);
  }
  const last = anchors[anchors.length - 1];
  for (let k = last + 1; k < locked.length; k++) out[k] = out[last] + (k - last);
  return out;
}
