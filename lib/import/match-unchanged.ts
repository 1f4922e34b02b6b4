import { diffArrays } from "diff";

/**
 * Pairs of (old index, new index) of the items that stayed the same between two
 * versions of a sequence, in order (a longest common subsequence of their keys).
 */
export function matchUnchanged(oldKeys: readonly string[], newKeys: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const change of diffArrays([...oldKeys], [...newKeys])) {
    if (change.added) newIndex += change.count;
    else if (change.removed) oldIndex += change.count;
    else for (let i = 0; i < change.count; i++) pairs.push([oldIndex++, newIndex++]);
  }
  return pairs;
}
