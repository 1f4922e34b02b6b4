/**
 * French typography at render time: the no-break spaces French sets before ; ! ? : and %,
 * inside « » and between the digit groups of numbers (2 800, 1 200 000), so that no line
 * starts with » ; ! ? : or % and no number is split across lines. The stored text is never
 * changed; this is applied where French text is shown.
 *
 * One character for one character: only an existing space (ordinary, no-break or thin) is
 * replaced, never added or removed, so offsets into the text stay valid (the reader wraps
 * glossary names by offsets). Where the text has no space ("«irréversible»", "Attention!"),
 * none is added: no line can break there anyway, since Unicode's line-breaking rules
 * (UAX #14) allow no break next to « » or before ! ? ; : and %.
 */

/** U+202F NARROW NO-BREAK SPACE: before ; ! ?, inside « », between digit groups. */
export const NARROW_NBSP = "\u202F";
/** U+00A0 NO-BREAK SPACE: before : and %. */
export const NBSP = "\u00A0";

const SPACE = "[ \\u00A0\\u202F\\u2009]";
/** A space after « or before », ; ! ?: a narrow no-break space. */
const NARROW_PLACES = new RegExp(`(?<=«)${SPACE}|${SPACE}(?=[»;!?])`, "gu");
/** A space before : or %: a no-break space. */
const WIDE_PLACES = new RegExp(`${SPACE}(?=[:%])`, "gu");
/**
 * A space between digit groups: "2 800", "1 200 000" (a group of 1 to 3 digits, then
 * groups of exactly 3). A year before a number ("en 2024 2 800 personnes") is not grouped:
 * its four digits cannot open a group.
 */
const DIGIT_GROUP_SPACE = new RegExp(`(?<=(?<![\\p{N}.,])\\p{N}{1,3}(?:${SPACE}\\p{N}{3})*)${SPACE}(?=\\p{N}{3}(?!\\p{N}))`, "gu");

/** The text with French no-break spaces in place of ordinary ones; same length, same offsets. */
export function frenchTypography(text: string): string {
  return text.replace(DIGIT_GROUP_SPACE, NARROW_NBSP).replace(NARROW_PLACES, NARROW_NBSP).replace(WIDE_PLACES, NBSP);
}

/**
 * The same for text cut into segments (the reader's plain runs and glossary names): the
 * segments are joined, set, and cut again at the same lengths, so that a space and the
 * punctuation it precedes may sit in different segments.
 */
export function frenchTypographySegments(segments: readonly string[]): string[] {
  const set = frenchTypography(segments.join(""));
  const out: string[] = [];
  let at = 0;
  for (const segment of segments) {
    out.push(set.slice(at, at + segment.length));
    at += segment.length;
  }
  return out;
}
