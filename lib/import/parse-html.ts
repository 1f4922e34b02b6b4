import * as cheerio from "cheerio";
import type { Element } from "domhandler";
import { isPartialIsoDate } from "../text/dates";
import { classifyParagraphs, type TypedParagraph } from "../text/paragraph-kind";
import { buildArticle, type ParsedArticle } from "./article";
import { parseTitleLine } from "./parse-plain";

/** Page furniture that is never article text. */
const NOT_ARTICLE = "script, style, noscript, template, iframe, svg, canvas, form, button, nav, aside, footer, [role=navigation], [aria-hidden=true]";
const BLOCKS = "h1, h2, h3, h4, h5, h6, p, figcaption, li, blockquote, pre";

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

function meta($: cheerio.CheerioAPI, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = clean($(selector).first().attr("content") ?? $(selector).first().attr("datetime") ?? "");
    if (value) return value;
  }
  return undefined;
}

/**
 * An article from an HTML page: the body of its <article> (or <main>, or <body>),
 * without scripts, styles, navigation and other page furniture. h1 is the title (else
 * og:title, <title>, or the first block with text), h2–h6
 * subheadings, figcaption captions; paragraphs are typed like plain-text ones.
 */
export function parseHtmlArticle(html: string): ParsedArticle {
  const $ = cheerio.load(html);
  const documentTitle = clean($("title").first().text());
  $(NOT_ARTICLE).remove();
  $("br").replaceWith(" ");
  const root = [$("article").first(), $("main").first(), $("[role=main]").first(), $("body")].find((r) => r.length)!;
  // Leaf blocks only: a <p> inside a <blockquote> or <li> is read once, as itself.
  const blocks = root.find(BLOCKS).filter((_, el) => $(el).find(BLOCKS).length === 0).toArray() as Element[];
  let titleBlock = blocks.find((el) => el.tagName === "h1");
  let head = parseTitleLine(titleBlock ? clean($(titleBlock).text()) : meta($, "meta[property='og:title']") ?? documentTitle);
  // No h1, og:title or <title>: the first block with text is the title, as a plain-text
  // file's first line is (a lone <p> is an article of one line, not an empty page).
  for (const el of blocks) {
    if (head.title) break;
    const text = clean($(el).text());
    if (!text) continue;
    titleBlock = el;
    head = { ...head, ...parseTitleLine(text) };
  }
  const paragraphs: TypedParagraph[] = [];
  let pending: string[] = [];
  const flush = () => {
    paragraphs.push(...classifyParagraphs(pending));
    pending = [];
  };
  for (const el of blocks) {
    if (el === titleBlock) continue;
    const text = clean($(el).text());
    if (!text) continue;
    if (/^h[1-6]$/.test(el.tagName)) {
      flush();
      paragraphs.push({ kind: "heading", text });
    } else if (el.tagName === "figcaption") {
      // A figcaption is a caption whatever its shape, though it may end with the credit.
      flush();
      const [typed, ...more] = classifyParagraphs([text]);
      paragraphs.push(typed.kind === "credit" ? typed : { kind: "caption", text: typed.text }, ...more);
    } else {
      pending.push(text);
    }
  }
  flush();
  const published = meta($, "meta[property='article:published_time']", "time[datetime]")?.slice(0, 10);
  return buildArticle(head, paragraphs, {
    publishedOn: published && isPartialIsoDate(published) ? published : undefined,
    source: meta($, "meta[property='og:site_name']"),
  });
}
