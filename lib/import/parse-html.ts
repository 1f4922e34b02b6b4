import { Readability } from "@mozilla/readability";
import { isoDatePart } from "../text/dates";
import { classifyParagraphs, type TypedParagraph } from "../text/paragraph-kind";
import { readByline } from "./extract-byline";
import { buildArticle, type ParsedArticle } from "./article";
import { cleanText, leafBlocks, textOf } from "./extract-html-blocks";
import { MAX_HTML_ELEMENTS } from "./extract-html-depth";
import { parseHtmlDocument } from "./extract-html-dom";
import { takePageHeader } from "./extract-html-header";
import { parseTitleLine } from "./parse-plain";

/** Page furniture that is never article text. */
const NOT_ARTICLE = "script, style, noscript, template, iframe, svg, canvas, form, button, nav, aside, footer, [role=navigation], [aria-hidden=true]";
/**
 * Boxes inside articles that are not the article: newsletter sign-ups, "read also" links,
 * share bars, comments, ads. Matched on whole class-name parts ("newsletter-box",
 * "article__share"), never on an element that holds the title.
 */
const FURNITURE_CLASS = /(?:^|[-_])(?:newsletter|subscribe|subscription|paywall|lire-aussi|read-also|related|share|sharing|social|comments?|advert|ads?|outbrain|taboola|promo)(?:$|[-_])/i;

function removeFurniture(doc: Document, keep: Element | null): void {
  for (const el of Array.from(doc.querySelectorAll(NOT_ARTICLE))) el.remove();
  for (const el of Array.from(doc.querySelectorAll("[class]"))) {
    const furniture = (el.getAttribute("class") ?? "").split(/\s+/).some((name) => FURNITURE_CLASS.test(name));
    if (furniture && el.isConnected && !(keep && el.contains(keep)) && !["HTML", "BODY", "MAIN", "ARTICLE"].includes(el.tagName)) el.remove();
  }
}

/** Inside a figcaption, the photographer or agency, marked up apart from the caption. */
const CAPTION_CREDIT = "cite, small, [class*=credit], [class*=copyright], [class*=source], [class*=photographer], [class*=author]";

function meta(doc: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = cleanText(el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href"));
    if (value) return value;
  }
  return undefined;
}

const isWebUrl = (value: string | undefined) => !!value && /^https?:\/\/[^\s]+$/i.test(value);

/** Below this share of Readability's text found again in the page, its own blocks are used. */
const MIN_MATCHED_SHARE = 0.5;

/**
 * The article's text blocks, in the page's order and with the page's own tags. Readability
 * (Firefox Reader View's library) picks them: it scores the page's blocks and keeps the
 * article's, leaving menus, teasers, "read also" boxes and comments out. It rewrites what
 * it keeps (h1 becomes h2, figures may go), so its choice is mapped back onto the page by
 * text; the figcaptions of the article's own figures are kept with it. When it finds
 * nothing (a very short page), the <article>, <main> or <body> is read whole.
 */
function extractArticle(doc: Document, root: Element) {
  // Readability rewrites the document it reads: it gets a copy.
  const extracted = new Readability(doc.cloneNode(true) as Document, {
    serializer: (node) => node as Element,
    // Checked before with a one-line refusal (assertHtmlDepth); this is Readability's own guard.
    maxElemsToParse: MAX_HTML_ELEMENTS,
    // Short articles are articles too: keep what it finds, however little.
    charThreshold: 0,
  }).parse();
  const chosen = extracted?.content ? leafBlocks(extracted.content).map(textOf) : [];
  const page = leafBlocks(doc.body ?? doc.documentElement);
  const wanted = new Set(chosen);
  const selected = page.map((el) => wanted.has(textOf(el)));
  const first = selected.indexOf(true);
  const last = selected.lastIndexOf(true);
  const blocks = page.filter(
    (el, i) => selected[i] || (el.tagName === "FIGCAPTION" && ((root !== doc.body && root.contains(el)) || (first <= i && i <= last))),
  );
  const matched = page.filter((_, i) => selected[i]).reduce((n, el) => n + textOf(el).length, 0);
  const total = chosen.reduce((n, t) => n + t.length, 0);
  return {
    blocks: !chosen.length ? leafBlocks(root) : matched >= total * MIN_MATCHED_SHARE ? blocks : leafBlocks(extracted!.content!),
    /** From JSON-LD or meta tags. */
    publishedOn: isoDatePart(extracted?.publishedTime),
    /** From meta tags, JSON-LD or an element named like a byline, which it leaves out of the text. */
    byline: extracted?.byline ? (readByline(extracted.byline)?.byline ?? cleanText(extracted.byline)) : undefined,
  };
}

/** A figcaption's caption and, when marked up apart or written at its end, its credit. */
function readFigcaption(el: Element): TypedParagraph[] {
  const credits = Array.from(el.querySelectorAll(CAPTION_CREDIT)).filter((c) => textOf(c));
  const creditTexts = credits.map(textOf);
  for (const c of credits) c.remove();
  const caption = textOf(el);
  const typed = caption ? classifyParagraphs([caption]) : [];
  // A figcaption is a caption whatever its shape, though it may end with the credit.
  const out = typed.map((p) => (p.kind === "credit" ? p : { kind: "caption" as const, text: p.text }));
  return [...out, ...creditTexts.map((text) => ({ kind: "credit" as const, text }))];
}

/**
 * An article from an HTML page. Readability finds the article's body; the title is the
 * h1 (else og:title, <title>, or the first block with text); h2–h6 are subheadings,
 * figcaptions captions with their credits; other paragraphs are typed like plain-text
 * ones. The kicker over the title, the byline and the date lines around it become the
 * article's metadata, never paragraphs. Nesting deeper than MAX_HTML_DEPTH is refused.
 */
export function parseHtmlArticle(html: string): ParsedArticle {
  const doc = parseHtmlDocument(html);
  const documentTitle = cleanText(doc.querySelector("title")?.textContent);
  const published = isoDatePart(meta(doc, "meta[property='article:published_time']", "meta[itemprop=datePublished]"));
  const source = meta(doc, "meta[property='og:site_name']");
  const canonical = meta(doc, "link[rel=canonical]", "meta[property='og:url']");
  const anyTime = isoDatePart(meta(doc, "time[datetime]"));
  const body = doc.body ?? doc.documentElement;
  const root = doc.querySelector("article") ?? doc.querySelector("main") ?? doc.querySelector("[role=main]") ?? body;
  const titleElement = root.querySelector("h1") ?? body.querySelector("h1");
  removeFurniture(doc, titleElement);
  for (const br of Array.from(doc.querySelectorAll("br"))) br.replaceWith(" ");
  const header = takePageHeader(body, titleElement);
  let title = titleElement ? textOf(titleElement) : "";
  titleElement?.remove();
  // After the header, which reads the byline before Readability would take it away.
  const extracted = extractArticle(doc, root);
  title ||= meta(doc, "meta[property='og:title']") ?? documentTitle;
  let head = parseTitleLine(title);
  const paragraphs: TypedParagraph[] = [];
  let pending: string[] = [];
  const flush = () => {
    paragraphs.push(...classifyParagraphs(pending));
    pending = [];
  };
  for (const el of extracted.blocks) {
    const text = textOf(el);
    // No h1, og:title or <title>: the first block with text is the title, as a plain-text
    // file's first line is (a lone <p> is an article of one line, not an empty page).
    if (!head.title) {
      head = { ...head, ...parseTitleLine(text) };
      continue;
    }
    if (/^H[1-6]$/.test(el.tagName)) {
      flush();
      // Readability turns the h1 into an h2; the title is not a subheading of itself.
      if (text !== head.title) paragraphs.push({ kind: "heading", text });
    } else if (el.tagName === "FIGCAPTION") {
      flush();
      paragraphs.push(...readFigcaption(el));
    } else {
      pending.push(text);
    }
  }
  flush();
  return buildArticle(head, paragraphs, {
    publishedOn: published ?? extracted.publishedOn ?? header.publishedOn ?? anyTime,
    source,
    kicker: header.kicker,
    byline: header.byline ?? extracted.byline,
    sourceUrl: isWebUrl(canonical) ? canonical : undefined,
  });
}
