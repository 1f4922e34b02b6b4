import type { FullTextTerm } from "../db/dialect/types";
import { wordsOf, type Word } from "./words";

/** A marked run of a text: [start, end) in UTF-16 offsets into the stored text. */
export type Span = [start: number, end: number];

function termAt(words: readonly Word[], at: number, term: FullTextTerm): boolean {
  const last = term.words.length - 1;
  for (let j = 0; j <= last; j++) {
    const word = words[at + j].folded;
    const wanted = term.words[j];
    if (j === last && term.prefix ? !word.startsWith(wanted) : word !== wanted) return false;
  }
  return true;
}

/**
 * Where a text holds the terms: each occurrence of a word, or of a phrase's words one
 * after the other, from the start of its first word to the end of its last, in order,
 * overlapping runs merged. The same words the database's index matched (lib/search/words.ts).
 * Cost: O(words × terms).
 */
export function findSpans(text: string, terms: readonly FullTextTerm[]): Span[] {
  if (!terms.length || !text) return [];
  const words = wordsOf(text);
  const spans: Span[] = [];
  for (const term of terms) {
    const size = term.words.length;
    for (let i = 0; i + size <= words.length; i++) {
      if (termAt(words, i, term)) spans.push([words[i].start, words[i + size - 1].end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && span[0] <= previous[1]) previous[1] = Math.max(previous[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** A piece of text, marked or not. */
export interface MarkedPiece {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text`, which stands at `offset` in a stored text, where `spans` (offsets into that
 * stored text) begin and end. Joining the pieces gives `text` back exactly.
 */
export function cutAtSpans(text: string, spans: readonly Span[], offset = 0): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    const from = Math.max(start - offset, at);
    const to = Math.min(end - offset, text.length);
    if (to <= from) continue;
    if (from > at) pieces.push({ text: text.slice(at, from), marked: false });
    pieces.push({ text: text.slice(from, to), marked: true });
    at = to;
  }
  if (at < text.length || !pieces.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** Longest text a search result shows of one paragraph. */
export const EXCERPT_LENGTH = 800;

/**
 * The part of a text a result shows: all of it up to EXCERPT_LENGTH characters; of a
 * longer one, EXCERPT_LENGTH characters around its first marked span, cut at spaces.
 */
export function excerptRange(text: string, spans: readonly Span[], length = EXCERPT_LENGTH): Span {
  if (text.length <= length) return [0, text.length];
  const focus = spans[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(focus - Math.floor(length / 3), text.length - length));
  let end = Math.min(text.length, start + length);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < focus) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > Math.max(start, spans[0]?.[1] ?? 0)) end = space;
  }
  return [start, end];
}
