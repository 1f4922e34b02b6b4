import { frenchTypographySegments } from "../text/french-typography";
import type { GlossaryMatch } from "../glossary/matcher";

/** A run of a paragraph's text: plain, or a glossary name pointing at one entry. */
export interface TextSegment {
  text: string;
  /** The glossary entry this run names; absent for plain text. */
  entryId?: number;
}

/**
 * Cuts `text` at the matches' offsets. Joining the segments' texts gives back `text`
 * exactly: the reader displays the stored text, never a normalized copy of it.
 * Matches must be in order and not overlap (GlossaryMatcher.find guarantees both);
 * one that does not fit is ignored rather than allowed to garble the text.
 */
export function segmentText(text: string, matches: readonly GlossaryMatch[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start < at || m.end <= m.start || m.end > text.length) continue;
    if (m.start > at) segments.push({ text: text.slice(at, m.start) });
    segments.push({ text: text.slice(m.start, m.end), entryId: m.entryId });
    at = m.end;
  }
  if (at < text.length || !segments.length) segments.push({ text: text.slice(at) });
  return segments;
}

/**
 * A segment as the page carries it: plain text as a string, a glossary name as a
 * [text, entryId] pair. The reader's rows travel to the browser in this form (in the RSC
 * payload), where it is a fraction of the bytes of objects or of rendered elements.
 */
export type TextPart = string | [text: string, entryId: number];

export const toParts = (segments: readonly TextSegment[]): TextPart[] =>
  segments.map((s) => (s.entryId === undefined ? s.text : [s.text, s.entryId]));

/** The text a list of parts displays: the stored text, exactly. */
export const partsText = (parts: readonly TextPart[]): string => parts.map((p) => (typeof p === "string" ? p : p[0])).join("");

/**
 * French parts as they are displayed: French typography's no-break spaces in place of
 * ordinary ones (lib/text/french-typography.ts), one character for one, so that the parts'
 * lengths and every offset into the text stay those of the stored text.
 */
export function frenchDisplayParts(parts: readonly TextPart[]): TextPart[] {
  const set = frenchTypographySegments(parts.map((p) => (typeof p === "string" ? p : p[0])));
  return parts.map((p, i) => (typeof p === "string" ? set[i] : [set[i], p[1]]));
}
