import type { ReaderParagraph } from "@/lib/reader/load-reader";
import { frenchDisplayParts } from "@/lib/reader/segments";
import { PARAGRAPH_ELEMENT } from "@/lib/text/paragraph-element";
import { ParagraphText } from "./ParagraphText";
import { ReviewMark } from "./ReviewMark";

/**
 * A paragraph as what it is: a title is a heading, a credit a small signature. French is
 * set with French typography's no-break spaces (no line starts with » or splits 2 800);
 * the stored text is unchanged, and offsets into it stay valid. An English paragraph opens
 * with its review state, an icon with no text (the paragraph's text stays the stored text).
 */
export function Paragraph({ paragraph, side }: { paragraph: ReaderParagraph; side: "fr" | "en" }) {
  const Element = PARAGRAPH_ELEMENT[paragraph.kind] ?? "p";
  return (
    <Element className={`para para-${paragraph.kind}`} data-paragraph-id={paragraph.id} data-kind={paragraph.kind} {...(paragraph.status && { "data-status": paragraph.status })}>
      {paragraph.review && <ReviewMark state={paragraph.review} />}
      <ParagraphText parts={side === "fr" ? frenchDisplayParts(paragraph.parts) : paragraph.parts} sentences={paragraph.sentences} wholeUnit={side === "en"} />
    </Element>
  );
}
