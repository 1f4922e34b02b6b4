import { isCaption, isCredit, isDateline, isHeading, type ParagraphKind } from "../text/paragraph-kind";

/**
 * Kinds for bare lines (file mode has no importer to type them): the first line is the
 * title, and the importer's own tests spot credits, datelines, captions and headings.
 * Unlike the importer, one line stays one paragraph, so indices keep their meaning.
 */
export function guessKinds(lines: readonly string[]): ParagraphKind[] {
  return lines.map((line, k) => {
    if (isCredit(line)) return "credit";
    if (isDateline(line)) return "dateline";
    if (k === 0) return "title";
    if (isCaption(line)) return "caption";
    if (isHeading(line)) return "heading";
    return "body";
  });
}
