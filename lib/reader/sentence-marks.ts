import type { SentencePairing } from "../align/sentences/align-link-sentences";
import type { LinkSentences } from "../align/sentences/sentence-store";
import type { TextPart } from "./segments";

/**
 * A sentence of a paragraph as the page carries it: `text.slice(start, end)` of the
 * paragraph's stored text, and the pairing of its row it belongs to (an index into the
 * link's sentence pairings: the sentences of both columns with the same `pair` are
 * counterparts). A tuple, as TextPart is: a window holds a thousand or two of them.
 */
export type SentenceMark = [start: number, end: number, pair: number];

/** How the sentences of one link pair up, as sentenceLinksFor (lib/align/sentences) gives them; the marks need no score. */
export interface LinkSentencePairs extends Pick<LinkSentences, "fr" | "en"> {
  pairs: readonly Pick<SentencePairing, "fr" | "en">[];
}

/** Each side's sentence marks by paragraph id (French and English ids are from two tables: they may coincide). */
export interface LinkSentenceMarks {
  fr: Map<number, SentenceMark[]>;
  en: Map<number, SentenceMark[]>;
}

/**
 * Each paragraph's sentences (by side, then paragraph id), ordered by offset, each with
 * the index of its pairing in the link. A sentence that no pairing names is left out (it
 * is then shown as plain text); one that two name keeps the first: the pairings of a
 * consistent link name each once.
 */
export function sentenceMarksOf(link: LinkSentencePairs): LinkSentenceMarks {
  const marks: LinkSentenceMarks = { fr: new Map(), en: new Map() };
  const seen = { fr: new Set<number>(), en: new Set<number>() };
  const add = (side: "fr" | "en", index: number, pair: number) => {
    const sentence = link[side][index];
    if (!sentence || seen[side].has(index)) return;
    seen[side].add(index);
    const list = marks[side].get(sentence.paragraphId);
    const mark: SentenceMark = [sentence.start, sentence.end, pair];
    if (list) list.push(mark);
    else marks[side].set(sentence.paragraphId, [mark]);
  };
  link.pairs.forEach((pairing, pair) => {
    for (const i of pairing.fr) add("fr", i, pair);
    for (const i of pairing.en) add("en", i, pair);
  });
  for (const side of [marks.fr, marks.en]) for (const list of side.values()) list.sort((a, b) => a[0] - b[0]);
  return marks;
}

/** A piece of a paragraph's text: plain, or a glossary name; `offset` is where it stands in the paragraph. */
export interface PlacedPart {
  text: string;
  entryId?: number;
  offset: number;
}

/** A run of a paragraph: one sentence (`mark`), or the text between sentences (`mark` null). */
export interface SentenceRun {
  mark: SentenceMark | null;
  parts: PlacedPart[];
}

/**
 * Marks that can wrap `length` characters of text: in order, not overlapping, not empty,
 * inside the text. One that does not fit (stale offsets, say) is dropped, never allowed
 * to cut the text wrongly.
 */
function fitting(marks: readonly SentenceMark[], length: number): SentenceMark[] {
  const kept: SentenceMark[] = [];
  let at = 0;
  for (const mark of marks) {
    const [start, end] = mark;
    if (start < at || end <= start || end > length) continue;
    kept.push(mark);
    at = end;
  }
  return kept;
}

/**
 * Cuts a paragraph's parts (plain runs and glossary names, see segments.ts) into its
 * sentences and the text between them, so that each sentence can be wrapped whole. A name
 * that crosses a sentence's edge is cut there, each piece keeping its entry. Joining every
 * run's parts gives back the parts' text exactly; offsets are those of the stored text.
 */
export function cutIntoSentences(parts: readonly TextPart[], marks: readonly SentenceMark[]): SentenceRun[] {
  const placed: PlacedPart[] = [];
  let length = 0;
  for (const part of parts) {
    const [text, entryId] = typeof part === "string" ? [part, undefined] : part;
    placed.push(entryId === undefined ? { text, offset: length } : { text, entryId, offset: length });
    length += text.length;
  }
  const kept = fitting(marks, length);
  if (!kept.length) return [{ mark: null, parts: placed }];
  // Where runs begin and end, in order: each sentence's start and end.
  const runs: SentenceRun[] = [];
  let next = 0;
  let run: SentenceRun | null = null;
  const runAt = (offset: number): SentenceRun => {
    while (next < kept.length && kept[next][1] <= offset) next++;
    const mark = next < kept.length && kept[next][0] <= offset ? kept[next] : null;
    if (!run || run.mark !== mark) {
      run = { mark, parts: [] };
      runs.push(run);
    }
    return run;
  };
  const edges = kept.flatMap(([start, end]) => [start, end]);
  for (const part of placed) {
    const end = part.offset + part.text.length;
    let from = part.offset;
    // The edges inside this part cut it; each piece goes to the run it lies in.
    for (const edge of edges) {
      if (edge <= from || edge >= end) continue;
      runAt(from).parts.push(piece(part, from, edge));
      from = edge;
    }
    if (end > from || !part.text.length) runAt(from).parts.push(piece(part, from, end));
  }
  return runs;
}

function piece(part: PlacedPart, from: number, to: number): PlacedPart {
  const text = part.text.slice(from - part.offset, to - part.offset);
  return part.entryId === undefined ? { text, offset: from } : { text, entryId: part.entryId, offset: from };
}
