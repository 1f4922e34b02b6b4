import { findDate, isPartialIsoDate } from "../text/dates";
import { classifyParagraphs } from "../text/paragraph-kind";
import { buildArticle, type ParsedArticle, type TitleLine } from "./article";

/**
 * Paragraphs of a plain-text file. With blank lines in the file, a paragraph is a block
 * between blank lines (its lines are wrapped text and are joined); without, one per line.
 */
export function splitPlainParagraphs(text: string): string[] {
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
  const pieces = hasBlankLines ? text.split(/\n[ \t]*\n/) : text.split("\n");
  return pieces.map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
}

const DATE_PREFIX = /^date\s+(\S+)\s+(.*)$/i;
/** "(Rome, Paris, 22 mars 2025). Title" — a parenthesised place and date before the title. */
const DATELINE_PREFIX = /^(\([^()]*\d{4}\s*\))\.?\s*(.*)$/;

/** The two first-line shapes of our sources: "date 2025-06 Title" and "(Place, date). Title". */
export function parseTitleLine(line: string): TitleLine {
  const dated = DATE_PREFIX.exec(line);
  if (dated && isPartialIsoDate(dated[1])) return { title: dated[2].trim(), publishedOn: dated[1] };
  const withDateline = DATELINE_PREFIX.exec(line);
  if (withDateline) {
    const dateline = withDateline[1];
    return { title: withDateline[2].trim(), dateline, publishedOn: findDate(dateline) };
  }
  return { title: line.trim() };
}

/** An article from plain text: title line first, then paragraphs typed by their shape. */
export function parsePlainArticle(text: string): ParsedArticle {
  const [first, ...body] = splitPlainParagraphs(text);
  const head = parseTitleLine(first);
  // A dateline alone on the first line: the title is the next paragraph.
  if (!head.title) head.title = body.shift() ?? "";
  return buildArticle(head, classifyParagraphs(body));
}
