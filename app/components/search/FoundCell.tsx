import type { FoundParagraph } from "@/lib/search/found-paragraphs";
import { MarkedText } from "./MarkedText";

/** One side of a result: its paragraphs, matches marked, "…" where an excerpt cuts a long one. */
export function FoundCell({ side, paragraphs, empty }: { side: "fr" | "en"; paragraphs: FoundParagraph[]; empty: string }) {
  if (!paragraphs.length) {
    return (
      <div className={`hit-cell hit-${side} is-empty`}>
        <p className="empty-cell">{empty}</p>
      </div>
    );
  }
  return (
    <div className={`hit-cell hit-${side}`} lang={side}>
      {paragraphs.map((p) => (
        <p key={p.id} className={`hit-para para-${p.kind}`} data-paragraph-id={p.id}>
          {p.start > 0 && "… "}
          <MarkedText text={p.text} spans={p.marks} offset={p.start} />
          {p.start + p.text.length < p.length && " …"}
        </p>
      ))}
    </div>
  );
}
