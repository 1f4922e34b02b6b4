import type { ReaderParagraph } from "@/lib/reader/load-reader";
import type { ParagraphKind } from "@/lib/text/paragraph-kind";
import { ParagraphText } from "./ParagraphText";

/** Each kind of paragraph as what it is: a title is a heading, a credit a small signature. */
const ELEMENT: Record<ParagraphKind, "h1" | "h2" | "p"> = {
  title: "h1",
  heading: "h2",
  dateline: "p",
  caption: "p",
  credit: "p",
  body: "p",
};

export function Paragraph({ paragraph }: { paragraph: ReaderParagraph }) {
  const Element = ELEMENT[paragraph.kind] ?? "p";
  return (
    <Element className={`para para-${paragraph.kind}`} data-paragraph-id={paragraph.id} data-kind={paragraph.kind} {...(paragraph.status && { "data-status": paragraph.status })}>
      <ParagraphText parts={paragraph.parts} />
    </Element>
  );
}
