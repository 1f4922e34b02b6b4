import { findDate } from "../text/dates";
import type { TypedParagraph } from "../text/paragraph-kind";
import { readByline } from "./extract-byline";

/** What a page or file says about an article besides its text. */
export interface ArticleMetadata {
  /** ISO date, possibly partial ("2025-06"). */
  publishedOn?: string;
  source?: string;
  /** The rubric over the title on the page ("Météo"). */
  kicker?: string;
  /** The authors, from the byline ("Claire Dubois"). */
  byline?: string;
  /** Where the article was published: the URL it was fetched from, or the page's canonical URL. */
  sourceUrl?: string;
}

/** An article as read from a file, before it is stored. */
export interface ParsedArticle extends ArticleMetadata {
  title: string;
  /** "(Rome, Paris, 22 mars 2025)": where and when, kept apart from the title. */
  dateline?: string;
  /** Every paragraph in reading order, the title (kind "title") and dateline included. */
  paragraphs: TypedParagraph[];
}

/** What an article's first line says: its title, and perhaps a dateline or a date. */
export interface TitleLine {
  title: string;
  dateline?: string;
  publishedOn?: string;
}

/** Bylines are looked for among this many paragraphs after the title. */
const BYLINE_PARAGRAPHS = 4;

/**
 * Puts an article together from its title line and the typed paragraphs that follow.
 * A dateline found among the paragraphs ("Tokyo, 12 mars 2026") dates the article when
 * the title line did not. A byline or date line just after the title ("Par Claire Dubois ·
 * Publié le 1er juillet 2025") is metadata, not a paragraph: its date dates the article
 * when nothing before did.
 */
export function buildArticle(head: TitleLine, body: readonly TypedParagraph[], metadata: ArticleMetadata = {}): ParsedArticle {
  const text: TypedParagraph[] = [];
  let byline = metadata.byline;
  let bylineDate: string | undefined;
  body.forEach((p, i) => {
    const read = i < BYLINE_PARAGRAPHS && p.kind !== "credit" && p.kind !== "dateline" ? readByline(p.text) : undefined;
    if (!read) return text.push(p);
    byline ??= read.byline;
    bylineDate ??= read.publishedOn;
  });
  const paragraphs: TypedParagraph[] = [];
  if (head.dateline) paragraphs.push({ kind: "dateline", text: head.dateline });
  if (head.title) paragraphs.push({ kind: "title", text: head.title });
  paragraphs.push(...text);
  const dateline = head.dateline ?? text.find((p) => p.kind === "dateline")?.text;
  return {
    title: head.title || dateline || "",
    dateline,
    publishedOn: head.publishedOn ?? (dateline && findDate(dateline)) ?? metadata.publishedOn ?? bylineDate,
    source: metadata.source,
    kicker: metadata.kicker,
    byline,
    sourceUrl: metadata.sourceUrl,
    paragraphs,
  };
}
