import { Fragment } from "react";
import type { TextPart } from "@/lib/reader/segments";
import { useFindSpans } from "../search/FindHighlight";
import { MarkedText } from "../search/MarkedText";

/**
 * A paragraph's stored text as React text nodes (never markup). Glossary names are
 * focusable spans that GlossaryTooltips, higher up, gives their tooltips; reached with the
 * row's arrow keys (row-keys.ts), none is a tab stop. The reader's find (FindHighlight,
 * higher up) marks its matches inside them and between them.
 */
export function ParagraphText({ parts }: { parts: TextPart[] }) {
  const spans = useFindSpans(parts);
  let offset = 0;
  return parts.map((part, i) => {
    const text = typeof part === "string" ? part : part[0];
    const marked = spans.length ? <MarkedText text={text} spans={spans} offset={offset} /> : text;
    offset += text.length;
    return typeof part === "string" ? (
      <Fragment key={i}>{marked}</Fragment>
    ) : (
      <span key={i} className="term" data-entry-id={part[1]} tabIndex={-1}>
        {marked}
      </span>
    );
  });
}
