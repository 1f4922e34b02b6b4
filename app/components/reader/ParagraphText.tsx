import type { TextPart } from "@/lib/reader/segments";

/**
 * A paragraph's stored text as React text nodes (never markup). Glossary names are
 * focusable spans that GlossaryTooltips, higher up, gives their tooltips; reached with the
 * row's arrow keys (row-keys.ts), none is a tab stop.
 */
export function ParagraphText({ parts }: { parts: TextPart[] }) {
  return parts.map((part, i) =>
    typeof part === "string" ? (
      part
    ) : (
      <span key={i} className="term" data-entry-id={part[1]} tabIndex={-1}>
        {part[0]}
      </span>
    ),
  );
}
