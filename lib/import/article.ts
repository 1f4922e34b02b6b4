import { findDate } from "../text/dates";
import type { TypedParagraph } from "../text/paragraph-kind";

/** An article as read from a file, before it is stored. */
export interface ParsedArticle {
  title: string;
  /** "(Rome, Paris, 22 mars 2025)": where and when, kept apart from the title. */
  dateline?: string;
  /** ISO date, possibly partial ("2025-06"). */
  publishedOn?: string;
  source?: string;
  /** Every paragraph in reading order, the title (kind "title") and dateline included. */
  paragraphs: TypedParagraph[];
}

/** What an article's first line says: its title, and perhaps a dateline or a date. */
export interface TitleLine {
  title: string;
  dateline?: string;
  publishedOn?: string;
}

/**
 * Puts an article together from its title line and the typed paragraphs that follow.
 * A dateline found among the paragraphs ("Tokyo, 12 mars 2026") dates the article when
 * the title line did not.
 */
export function buildArticle(
  head: TitleLine,
  body: readonly TypedParagraph[],
  metadata: { publishedOn?: string; source?: string } = {},
): ParsedArticle {
  const paragraphs: TypedParagraph[] = [];
  if (head.dateline) paragraphs.push({ kind: "dateline", text: head.dateline });
  if (head.title) paragraphs.push({ kind: "title", text: head.title });
  paragraphs.push(...body);
  const dateline = head.dateline ?? body.find((p) => p.kind === "dateline")?.text;
  return {
    title: head.title || dateline || "",
    dateline,
    publishedOn: head.publishedOn ?? (dateline && findDate(dateline)) ?? metadata.publishedOn,
    source: metadata.source,
    paragraphs,
  };
}
