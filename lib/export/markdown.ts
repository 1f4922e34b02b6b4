import { escapeHtml } from "./html-text";
import type { ExportWriter } from "./types";

/**
 * Markdown table cells: HTML-significant characters become entities, Markdown syntax
 * characters that act inside a table cell are backslash-escaped, `|` cannot end the cell, line breaks become <br>
 * (and a paragraph break <br><br>), so the text shows exactly as stored.
 */
export function escapeMarkdownCell(text: string): string {
  return escapeHtml(text)
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
