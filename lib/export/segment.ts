import { joinParagraphs } from "./separator";
import type { ExportContext, ExportParagraph } from "./types";
import { dropForbiddenXmlChars } from "./xml-text";

const SIDE_NAME = { fr: "French", en: "English" } as const;

/**
 * A paragraph's text made safe for XML: the characters XML 1.0 forbids are dropped, with
 * a warning naming the document and the paragraph ("french paragraph 3", 1-based).
 */
export function xmlSafeText(context: ExportContext, slug: string, side: "fr" | "en", paragraph: ExportParagraph): string {
  const { text, dropped } = dropForbiddenXmlChars(paragraph.text);
  if (dropped.length) {
    context.warn(
      `${slug}: ${SIDE_NAME[side]} paragraph ${paragraph.position + 1}: dropped ${dropped.join(" ")} (not allowed in XML 1.0)`,
    );
  }
  return text;
}

/** One side of a link as one XML-safe text, its paragraphs joined by the separator (not escaped yet). */
export function xmlSegment(context: ExportContext, slug: string, side: "fr" | "en", paragraphs: readonly ExportParagraph[]): string {
  return joinParagraphs(paragraphs.map((p) => xmlSafeText(context, slug, side, p)));
}

/** Paragraph kinds of one side, space-separated ("title", "body body"): kept for re-import. */
export const kindsOf = (paragraphs: readonly ExportParagraph[]) => paragraphs.map((p) => p.kind).join(" ");
