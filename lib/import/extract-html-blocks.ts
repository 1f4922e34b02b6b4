/**
 * Text blocks of an HTML page: the innermost elements of a block kind that hold text
 * (a <p> inside a <blockquote> or <li> is read once, as itself).
 */
const BLOCK_TAGS = new Set([
  "P", "DIV", "SECTION", "HEADER", "ADDRESS", "LI", "H1", "H2", "H3", "H4", "H5", "H6",
  "FIGCAPTION", "BLOCKQUOTE", "PRE", "DD", "DT", "TD", "TH", "ARTICLE", "MAIN", "ASIDE", "FIGURE",
]);

/** Whitespace collapsed, as a reader sees the text. */
export const cleanText = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

export const textOf = (el: Element) => cleanText(el.textContent);

/**
 * The innermost block elements with text under `root`, in reading order. A recursive walk
 * that sees each element once; its depth is bounded by assertHtmlDepth.
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    let hasBlockText = false;
    for (const child of Array.from(el.children)) hasBlockText = visit(child) || hasBlockText;
    if (hasBlockText) return true;
    if (BLOCK_TAGS.has(el.tagName) && textOf(el)) {
      out.push(el);
      return true;
    }
    return false;
  };
  visit(root);
  return out;
}
