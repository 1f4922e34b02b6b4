import { isoDatePart } from "../text/dates";
import { isCredit, isDateline } from "../text/paragraph-kind";
import { readByline } from "./extract-byline";
import { leafBlocks, textOf } from "./extract-html-blocks";

/** What a news page says around its title, besides the article's text. */
export interface PageHeader {
  /** The rubric over the title ("Météo", "International"). */
  kicker?: string;
  /** The authors ("Claire Dubois"). */
  byline?: string;
  /** ISO date from the byline, a date line or a <time> near the title. */
  publishedOn?: string;
}

/** Class names and ids of the rubric over a title, in French and English page templates. */
const KICKER_HINT = /kicker|sur-?titre|overline|eyebrow|rubri|categor|section-?(?:name|label|title)|tag-?line/i;
const NOT_KICKER_HINT = /breadcrumb|fil-?ariane|nav|menu/i;
/** Class names and ids of bylines (Readability's, and French templates' "auteur", "signature"). */
const AUTHOR_HINT = /byline|author|auteur|signature|writtenby|p-author/i;
const MAX_KICKER_WORDS = 6;
const MAX_KICKER_LENGTH = 60;
const MAX_AUTHOR_WORDS = 8;
/** How far from the title bylines and date lines are looked for, in text blocks. */
const BLOCKS_BEFORE_TITLE = 3;
const BLOCKS_AFTER_TITLE = 8;
const CONTAINERS = new Set(["ARTICLE", "MAIN", "BODY"]);

const hintOf = (el: Element) => `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
const wordCount = (text: string) => text.split(" ").length;

/** Short, not punctuated like a sentence, and not a byline, credit or dateline. */
function looksLikeKicker(el: Element): boolean {
  const text = textOf(el);
  return (
    !!text &&
    text.length <= MAX_KICKER_LENGTH &&
    wordCount(text) <= MAX_KICKER_WORDS &&
    !/[.!?;:,]$/.test(text) &&
    !NOT_KICKER_HINT.test(hintOf(el)) &&
    !["UL", "OL", "NAV"].includes(el.tagName) &&
    !readByline(text) &&
    !isCredit(text) &&
    !isDateline(text)
  );
}

/**
 * The rubric over the title: an element named like one inside the title
 * (<h1><span class="kicker">Météo</span> …</h1>), or the element with text just before
 * the title, at its level or, when the title opens its container, its container's.
 */
function findKicker(title: Element): Element | undefined {
  const inside = Array.from(title.querySelectorAll("*")).find((el) => KICKER_HINT.test(hintOf(el)) && looksLikeKicker(el));
  if (inside && textOf(inside) !== textOf(title)) return inside;
  let node: Element | null = title;
  while (node && !CONTAINERS.has(node.tagName)) {
    let previous = node.previousElementSibling;
    while (previous && !textOf(previous)) previous = previous.previousElementSibling;
    if (previous) return looksLikeKicker(previous) ? previous : undefined;
    node = node.parentElement;
  }
  return undefined;
}

/** "Par Claire Dubois" in an element named like a byline: the names without "Par"/"By". */
function authorFromHint(el: Element): string | undefined {
  const text = textOf(el).replace(/^(?:par|by)\s+/i, "");
  if (!text || wordCount(text) > MAX_AUTHOR_WORDS || /[.!?;:]$/.test(text)) return undefined;
  return text;
}

/**
 * Finds the kicker, byline and date lines around the title and takes them out of the
 * document, so that the article's paragraphs do not include them. `title` is the page's
 * title element (its h1), or null when it has none; without it there is no header to read.
 */
export function takePageHeader(root: Element, title: Element | null): PageHeader {
  const header: PageHeader = {};
  if (!title) return header;
  const kicker = findKicker(title);
  if (kicker) {
    header.kicker = textOf(kicker);
    kicker.remove();
  }
  const blocks = leafBlocks(root);
  const at = blocks.findIndex((b) => b === title || b.contains(title) || title.contains(b));
  if (at < 0) return header;
  const near = [...blocks.slice(Math.max(0, at - BLOCKS_BEFORE_TITLE), at), ...blocks.slice(at + 1, at + 1 + BLOCKS_AFTER_TITLE)];
  for (const block of near) {
    const read = readByline(textOf(block));
    if (read) {
      header.byline ??= read.byline;
      header.publishedOn ??= read.publishedOn;
      header.publishedOn ??= isoDatePart(block.querySelector("time[datetime]")?.getAttribute("datetime"));
      block.remove();
      continue;
    }
    // A block holding more than its byline ("Par X · 3 min de lecture · Partager"):
    // only the parts named as author or time go.
    const parts = [block, ...Array.from(block.querySelectorAll("*"))];
    const author = parts.find((el) => el.getAttribute("rel") === "author" || /author/.test(el.getAttribute("itemprop") ?? "") || AUTHOR_HINT.test(hintOf(el)));
    const name = author && authorFromHint(author);
    if (author && name && !header.byline) {
      header.byline = name;
      author.remove();
    }
    const time = parts.find((el) => el.tagName === "TIME" && isoDatePart(el.getAttribute("datetime")));
    if (time && (author || block === time)) {
      header.publishedOn ??= isoDatePart(time.getAttribute("datetime"));
      time.remove();
    }
  }
  return header;
}
