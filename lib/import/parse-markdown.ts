import { decodeHTML } from "entities";
import { Lexer, type Token, type Tokens } from "marked";
import { classifyParagraphs, type TypedParagraph } from "../text/paragraph-kind";
import { UserError } from "../errors";
import { buildArticle, type ParsedArticle } from "./article";
import { parseTitleLine } from "./parse-plain";

/**
 * Deepest nesting of blockquotes and lists a Markdown article may have. marked parses
 * nested containers recursively: 100,000 ">" overflow the stack and 2,000 nested lists
 * exhaust memory. Articles use a handful of levels.
 */
export const MAX_MARKDOWN_DEPTH = 100;

/**
 * Refuses Markdown nested deeper than MAX_MARKDOWN_DEPTH, counting on each line the ">" and
 * list markers that open it and its indentation (a nested list item is indented by at least
 * two spaces more than its parent). The UserError names the line; callers add the file.
 */
function assertMarkdownDepth(markdown: string): void {
  let line = 0;
  for (const text of markdown.split("\n")) {
    line++;
    // Blockquote and list markers ("> > - 1. ") and the indentation around them.
    const prefix = /^(?:[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t])*/.exec(text)![0];
    const markers = prefix.match(/>|[-*+\d]+[.)]?(?=[ \t])/g)?.length ?? 0;
    const indent = prefix.replace(/[^ \t]/g, "").replace(/\t/g, "    ").length;
    if (markers + Math.floor(indent / 2) > MAX_MARKDOWN_DEPTH) {
      throw new UserError({
        code: "tooDeeplyNested",
        values: { line, format: "markdown", max: MAX_MARKDOWN_DEPTH },
        problem: `line ${line}: Markdown nested more than ${MAX_MARKDOWN_DEPTH} levels deep, refused (no article needs that)`,
      });
    }
  }
}

/** Plain text of inline Markdown: emphasis and links keep their words, images and HTML go. */
function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return "";
  return tokens
    .map((token) => {
      switch (token.type) {
        case "image":
        case "html":
          return "";
        case "br":
          return " ";
        case "text":
          return "tokens" in token && token.tokens ? inlineText(token.tokens) : decodeHTML((token as Tokens.Text).text);
        case "escape":
        case "codespan":
          return (token as Tokens.Codespan).text;
        default:
          return "tokens" in token ? inlineText(token.tokens) : "";
      }
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Block tokens flattened into typed lines: headings stay headings, the rest is classified. */
function collect(tokens: readonly Token[], out: { kind: "heading" | "text" | "title"; text: string }[]): void {
  for (const token of tokens) {
    if (token.type === "heading") {
      const text = inlineText((token as Tokens.Heading).tokens);
      if (text) out.push({ kind: (token as Tokens.Heading).depth === 1 ? "title" : "heading", text });
    } else if (token.type === "paragraph" || token.type === "text") {
      // A tight list item holds a bare "text" block instead of a paragraph.
      const text = inlineText((token as Tokens.Paragraph).tokens);
      if (text) out.push({ kind: "text", text });
    } else if (token.type === "blockquote") {
      collect((token as Tokens.Blockquote).tokens, out);
    } else if (token.type === "list") {
      for (const item of (token as Tokens.List).items) collect(item.tokens, out);
    }
  }
}

/**
 * An article from Markdown. The first level-1 heading is the title (or, without one, the
 * first paragraph, read like a plain-text title line); other headings are subheadings.
 */
export function parseMarkdownArticle(markdown: string): ParsedArticle {
  assertMarkdownDepth(markdown);
  const lines: { kind: "heading" | "text" | "title"; text: string }[] = [];
  collect(new Lexer().lex(markdown), lines);
  const titleIndex = Math.max(0, lines.findIndex((l) => l.kind === "title"));
  const head = parseTitleLine(lines[titleIndex]?.text ?? "");
  const paragraphs: TypedParagraph[] = [];
  let pending: string[] = [];
  const flush = () => {
    paragraphs.push(...classifyParagraphs(pending));
    pending = [];
  };
  lines.forEach((line, i) => {
    if (i === titleIndex) return;
    if (line.kind === "text") {
      pending.push(line.text);
    } else {
      flush();
      paragraphs.push({ kind: "heading", text: line.text });
    }
  });
  flush();
  return buildArticle(head, paragraphs);
}
