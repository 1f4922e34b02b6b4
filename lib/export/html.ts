import { escapeHtml as h } from "./html-text";
import { xmlSafeText } from "./segment";
import type { ExportWriter, ExportParagraph } from "./types";

const STYLE = `
  body { font: 16px/1.5 Georgia, "Times New Roman", serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #111; }
  h1 { font-size: 1.5rem; margin: 2rem 0 0.25rem; }
  .title-en { font-style: italic; margin: 0 0 1rem; color: #444; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 2rem; }
  th, td { vertical-align: top; text-align: left; padding: 0.4rem 0.75rem; border-bottom: 1px solid #ddd; width: 50%; }
  th { font-family: system-ui, sans-serif; font-size: 0.85rem; color: #555; }
  td p { margin: 0 0 0.5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
  td p:last-child { margin-bottom: 0; }
  .kind-title { font-weight: bold; } .kind-heading { font-weight: bold; } .kind-caption, .kind-credit { font-size: 0.9em; color: #555; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    article + article { break-before: page; page-break-before: always; }
    th, td { border-bottom: 0.5pt solid #999; }
  }`;

/**
 * A standalone HTML page: per document an <article> with a two-column table, one row per
 * link. Ids are d<doc>, d<doc>-r<row>, d<doc>-r<row>-fr/-en: unique across documents.
 * All text is escaped; characters XML forbids are dropped with a warning, as in XML.
 */
export const writeHtml: ExportWriter = async function* (documents, context) {
  const src = h(context.sourceLang);
  const trg = h(context.targetLang);
  // The first document is read before the head, to give the page its title.
  const iterator = documents[Symbol.asyncIterator]();
  const first = await iterator.next();
  const title = first.done ? "Vis-à-vis" : `${first.value.titleFr} – Vis-à-vis`;
  yield `<!DOCTYPE html>\n<html lang="${src}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${h(title)}</title>\n<style>${STYLE}\n</style>\n</head>\n<body>\n`;
  const rest = { [Symbol.asyncIterator]: () => iterator };
  async function* all() {
    if (!first.done) yield first.value;
    yield* rest;
  }
  let d = 0;
  for await (const doc of all()) {
    d++;
    const paragraphs = (side: "fr" | "en", list: ExportParagraph[]) =>
      list.map((p) => `<p class="kind-${h(p.kind)}">${h(xmlSafeText(context, doc.slug, side, p))}</p>`).join("");
    yield `<article id="d${d}" data-slug="${h(doc.slug)}">\n<h1 lang="${src}">${h(doc.titleFr)}</h1>\n` +
      (doc.titleEn ? `<p class="title-en" lang="${trg}">${h(doc.titleEn)}</p>\n` : "") +
      `<table>\n<thead><tr><th scope="col">Français (${src})</th><th scope="col">English (${trg})</th></tr></thead>\n<tbody>\n`;
    for await (const row of doc.rows) {
      const id = `d${d}-r${row.index + 1}`;
      yield `<tr id="${id}"><td id="${id}-fr" lang="${src}">${paragraphs("fr", row.fr)}</td>` +
        `<td id="${id}-en" lang="${trg}">${paragraphs("en", row.en)}</td></tr>\n`;
    }
    yield `</tbody>\n</table>\n</article>\n`;
  }
  yield `</body>\n</html>\n`;
};
