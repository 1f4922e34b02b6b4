import { Fragment, type ReactNode } from "react";
import type { Span } from "@/lib/search/highlight";
import type { TextPart } from "@/lib/reader/segments";
import { cutIntoSentences, type PlacedPart, type SentenceMark } from "@/lib/reader/sentence-marks";
import { useFindSpans } from "../search/FindHighlight";
import { MarkedText } from "../search/MarkedText";

/** A piece of text, plain or a glossary name, with the find's matches marked in it. */
function Piece({ part, spans }: { part: PlacedPart; spans: Span[] }) {
  const marked = spans.length ? <MarkedText text={part.text} spans={spans} offset={part.offset} /> : part.text;
  return part.entryId === undefined ? (
    marked
  ) : (
    <span className="term" data-entry-id={part.entryId} tabIndex={-1}>
      {marked}
    </span>
  );
}

/**
 * A paragraph's stored text as React text nodes (never markup). Glossary names are
 * focusable spans that GlossaryTooltips, higher up, gives their tooltips; reached with the
 * row's arrow keys (row-keys.ts), none is a tab stop. The reader's find (FindHighlight,
 * higher up) marks its matches inside them and between them.
 *
 * Each sentence with a pairing (`sentences`, see sentence-marks.ts) is a `.sent` span with
 * its pairing in data-pair: one delegated listener (counterparts.ts) lights its
 * counterparts. `wholeUnit` (the English side) wraps a paragraph without sentence data
 * in one `.sent` without a pairing, so that learner mode hides it all the same.
 */
export function ParagraphText({ parts, sentences, wholeUnit = false }: { parts: TextPart[]; sentences?: SentenceMark[]; wholeUnit?: boolean }) {
  const spans = useFindSpans(parts);
  let marks = sentences ?? [];
  if (!marks.length && wholeUnit) marks = [[0, parts.reduce((n, p) => n + (typeof p === "string" ? p : p[0]).length, 0), -1]];
  return cutIntoSentences(parts, marks).map((run, i): ReactNode => {
    const pieces = run.parts.map((part, j) => <Piece key={j} part={part} spans={spans} />);
    if (!run.mark) return <Fragment key={i}>{pieces}</Fragment>;
    const pair = run.mark[2];
    return (
      <span key={i} className="sent" data-pair={pair >= 0 ? pair : undefined}>
        {pieces}
      </span>
    );
  });
}
