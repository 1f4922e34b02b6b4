import { cutAtSpans, type Span } from "@/lib/search/highlight";

/**
 * A run of stored text standing at `offset` in its paragraph, with the search's matches
 * (offsets into the paragraph) in <mark>. Text nodes only: never markup from the text.
 */
export function MarkedText({ text, spans, offset = 0 }: { text: string; spans: readonly Span[]; offset?: number }) {
  if (!spans.length) return text;
  return cutAtSpans(text, spans, offset).map((piece, i) =>
    piece.marked ? (
      <mark key={i} className="match">
        {piece.text}
      </mark>
    ) : (
      piece.text
    ),
  );
}
