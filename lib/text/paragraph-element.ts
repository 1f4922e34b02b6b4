import type { ParagraphKind } from "./paragraph-kind";

/**
 * The HTML element each kind of paragraph is shown as, in the reader and in the e-book: the
 * title and the subheadings make the outline; datelines, captions and credits are
 * paragraphs told apart by their class.
 */
export const PARAGRAPH_ELEMENT: Record<ParagraphKind, "h1" | "h2" | "p"> = {
  title: "h1",
  heading: "h2",
  dateline: "p",
  caption: "p",
  credit: "p",
  body: "p",
};
