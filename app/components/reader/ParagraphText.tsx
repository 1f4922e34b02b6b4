import type { TextSegment } from "@/lib/reader/segments";
import { GlossaryTerm } from "./GlossaryTerm";

/** A paragraph's stored text as React text nodes (never markup), glossary names marked. */
export function ParagraphText({ segments }: { segments: TextSegment[] }) {
  return segments.map((s, i) =>
    s.entryId === undefined ? (
      s.text
    ) : (
      <GlossaryTerm key={i} entryId={s.entryId}>
        {s.text}
      </GlossaryTerm>
    ),
  );
}
