import type { ReaderParagraph } from "@/lib/reader/load-reader";
import { PARAGRAPH_ELEMENT } from "@/lib/text/paragraph-element";
import { ParagraphText } from "./ParagraphText";

export function Paragraph({ paragraph }: { paragraph: ReaderParagraph }) {
  // Each kind of paragraph as what it is: a title is a heading, a credit a small signature.
  const Element = PARAGRAPH_ELEMENT[paragraph.kind] ?? "p";
  return (
    <Element className={`para para-${paragraph.kind}`} data-paragraph-id={paragraph.id} data-kind={paragraph.kind} {...(paragraph.status && { "data-status": paragraph.status })}>
      <ParagraphText parts={paragraph.parts} />
    </Element>
  );
}
