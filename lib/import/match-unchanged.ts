import { diffArrays } from "diff";
import { longestIncreasing } from "../util/longest-increasing";

/**
 * Beyond this many insertions and deletions Myers' diff (O(N·D)) gets slow on long
 * documents: a 50,000-paragraph article replaced by another would take minutes.
 */
const MAX_EDIT_LENGTH = 1_000;

/**
 * Pairs of (old index, new index) of the items that stayed the same between two
 * versions of a sequence, in order (a longest common subsequence of their keys). When
 * the versions differ too much for an exact diff, a patience match: keys found once on
 * each side, kept in order by a longest increasing subsequence, between a common prefix
 * and suffix. Cost: O((N+M)·min(D, MAX_EDIT_LENGTH)) at worst, else O((N+M) log N).
 */
export function matchUnchanged(oldKeys: readonly string[], newKeys: readonly string[]): [number, number][] {
  const changes = diffArrays([...oldKeys], [...newKeys], { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return patienceMatch(oldKeys, newKeys);
  const pairs: [number, number][] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const change of changes) {
    if (change.added) newIndex += change.count;
    else if (change.removed) oldIndex += change.count;
    else for (let i = 0; i < change.count; i++) pairs.push([oldIndex++, newIndex++]);
  }
  return pairs;
}

function patienceMatch(oldKeys: readonly string[], newKeys: readonly string[]): [number, number][] {
  let prefix = 0;
  while (prefix < oldKeys.length && prefix < newKeys.length && oldKeys[prefix] === newKeys[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < oldKeys.length - prefix &&
    suffix < newKeys.length - prefix &&
    oldKeys[oldKeys.length - 1 - suffix] === newKeys[newKeys.length - 1 - suffix]
  ) suffix++;

  const once = (keys: readonly string[], from: number, to: number) => {
    const seen = new Map<string, number>();
    for (let i = from; i < to; i++) seen.set(keys[i], seen.has(keys[i]) ? -1 : i);
    return seen;
  };
  const oldOnce = once(oldKeys, prefix, oldKeys.length - suffix);
  const newOnce = once(newKeys, prefix, newKeys.length - suffix);
  const candidates: [number, number][] = [];
  for (const [key, i] of oldOnce) {
    const j = newOnce.get(key);
    if (i >= 0 && j !== undefined && j >= 0) candidates.push([i, j]);
  }
  candidates.sort((a, b) => a[0] - b[0]);

  const pairs: [number, number][] = [];
  for (let i = 0; i < prefix; i++) pairs.push([i, i]);
  pairs.push(...longestIncreasing(candidates));
  for (let k = suffix; k > 0; k--) pairs.push([oldKeys.length - k, newKeys.length - k]);
  return pairs;
}
