/**
 * A link may hold several paragraphs on a side (2-1, 1-2, 2-2…). Formats that give each
 * side of a link one text (TMX seg, XLIFF source/target, TSV/CSV cells) join them with
 * U+2029 PARAGRAPH SEPARATOR: Unicode's own paragraph break, which no imported paragraph
 * contains and which, unlike a blank line, cannot be confused with line feeds inside a
 * paragraph. Importing splits on it again. (A U+2029 inside a paragraph is written as a
 * line feed, so that it cannot split the paragraph on the way back.)
 */
export const PARAGRAPH_SEPARATOR = "\u2029";

export function joinParagraphs(texts: readonly string[]): string {
  return texts.map((t) => t.replaceAll(PARAGRAPH_SEPARATOR, "\n")).join(PARAGRAPH_SEPARATOR);
}

/** The paragraphs of one side of a segment; an empty segment has none. */
export function splitSegment(text: string): string[] {
  return text === "" ? [] : text.split(PARAGRAPH_SEPARATOR);
}
