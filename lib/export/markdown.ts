import type { ExportWriter } from "./types";

/**
 * A character reference as Markdown renderers decode it (&amp; &#39; &#x27;): an `&` that
 * starts one must be written &amp; to show as typed; any other `&` is literal already.
 */
const CHARACTER_REFERENCE = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/**
 * Markdown table cells, escaped only as far as Markdown needs, so that the raw file reads
 * as the text does ("l'Ukraine", "AT&T", « "non" », not l&#39;Ukraine):
 * - `<` and `>` become &lt; and &gt;: Markdown passes raw HTML and <autolinks> through, and
 *   no text of ours may become markup (entities rather than `\<`, which not every renderer
 *   reads as an escape). News text rarely holds them, so the raw file barely changes.
 * - `&` becomes &amp; only where it would start a character reference ("&amp;" typed in
 *   the text stays "&amp;" on screen); a lone `&` is left as is.
 * - Quotes and apostrophes are plain text in Markdown: unchanged.
 * - Markdown syntax characters that act inside a cell or heading are backslash-escaped,
 *   `|` cannot end the cell, a tab is &#9;, line breaks become <br> (a paragraph break
 *   <br><br>).
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(CHARACTER_REFERENCE, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/\t/g, "&#9;")
    .replace(/\r?\n|\r|\u2028/g, "<br>");
}

const cell = (texts: string[]) => texts.map(escapeMarkdownCell).join("<br><br>");

/** Markdown: per document a heading, then a two-column table, one row per link. */
export const writeMarkdown: ExportWriter = async function* (documents, context) {
  let first = true;
  for await (const doc of documents) {
    yield `${first ? "" : "\n"}## ${escapeMarkdownCell(doc.titleFr)}\n\n` +
      (doc.titleEn ? `_${escapeMarkdownCell(doc.titleEn)}_\n\n` : "") +
      `| # | Français (${escapeMarkdownCell(context.sourceLang)}) | English (${escapeMarkdownCell(context.targetLang)}) |\n|---:|---|---|\n`;
    first = false;
    for await (const row of doc.rows) {
      yield `| ${row.index + 1} | ${cell(row.fr.map((p) => p.text))} | ${cell(row.en.map((p) => p.text))} |\n`;
    }
  }
};
