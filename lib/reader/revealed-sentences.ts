/**
 * Learner mode's revealed English sentences, kept per document in the reader's browser
 * (localStorage), so that a sentence revealed stays revealed on the next visit. Not on the
 * server, for the reason the reading position is not (reading-position.ts): pages are
 * cached whole for every reader. Pure: the browser code (app/components/reader/learner.ts)
 * reads and writes the storage.
 *
 * A sentence is named by its paragraph's id and its rank among that paragraph's sentences
 * ("412.3"): a paragraph edited since may shift which one is meant, which costs no more
 * than a sentence shown or hidden that was not.
 */

export const revealedKey = (slug: string) => `vav:revealed:${slug}`;

/** How many sentences a document keeps revealed at most (the latest): the storage is small. */
export const MAX_REVEALED = 5_000;

export const sentenceKey = (paragraphId: number | string, rank: number) => `${paragraphId}.${rank}`;

const KEY = /^\d{1,12}\.\d{1,6}$/;

/** The stored set, or an empty one when there is none or it is not one. */
export function parseRevealed(raw: string | null | undefined): Set<string> {
  if (!raw) return new Set();
  try {
    const value: unknown = JSON.parse(raw);
    return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === "string" && KEY.test(k)) : []);
  } catch {
    return new Set();
  }
}

/** The set as stored: its latest MAX_REVEALED keys, in the order they were added. */
export function serializeRevealed(revealed: Set<string>): string {
  return JSON.stringify([...revealed].slice(-MAX_REVEALED));
}

/** The set after these sentences were revealed (true) or hidden (false). */
export function withRevealed(revealed: Set<string>, keys: readonly string[], shown: boolean): Set<string> {
  const next = new Set(revealed);
  for (const key of keys) {
    next.delete(key); // re-added last: the newest survive the cap
    if (shown) next.add(key);
  }
  return next;
}
