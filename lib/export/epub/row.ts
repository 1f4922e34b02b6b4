import { xmlSafeText } from "../segment";
import type { ExportContext, ExportRow } from "../types";
import { PARAGRAPH_ELEMENT } from "../../text/paragraph-element";
import type { EnglishLayout } from "./layout";
import { escapeXmlAttr } from "../xml-text";
import { langAttributes, xhtmlText } from "./xhtml";

export interface RowSettings {
  context: ExportContext;
  slug: string;
  layout: EnglishLayout;
}

/** The id of a row's element, unique in its document (rows are numbered from 1). */
export const rowId = (row: Pick<ExportRow, "index">) => `r${row.index + 1}`;

/**
 * One aligned row as XHTML: its French paragraphs, then its English ones, in a <div
 * class="pair">. Inline, the English follows in a <div class="en">; as notes, the last
 * French paragraph ends with a noteref to an <aside epub:type="footnote"> holding the
 * English (reading systems without pop-ups show it in place, which reads as inline).
 * A row with one side only shows that side. The English is always marked with its
 * language (the page's language is the French one).
 */
export function rowXhtml(row: ExportRow, { context, slug, layout }: RowSettings): string {
  const id = rowId(row);
  const english = row.en.map((p) => `<p class="${escapeXmlAttr(p.kind)}">${xhtmlText(xmlSafeText(context, slug, "en", p))}</p>`).join("");
  const asNote = layout === "notes" && row.fr.length > 0 && row.en.length > 0;
  const noteId = `${id}-en`;
  const french = row.fr
    .map((p, i) => {
      // The French carries the outline (title, subheadings); the English under it is plain paragraphs.
      const element = PARAGRAPH_ELEMENT[p.kind] ?? "p";
      const ref = asNote && i === row.fr.length - 1 ? `<a class="noteref" epub:type="noteref" href="#${noteId}" id="${id}-ref">EN</a>` : "";
      return `<${element} class="${escapeXmlAttr(p.kind)}">${xhtmlText(xmlSafeText(context, slug, "fr", p))}${ref}</${element}>`;
    })
    .join("\n");
  const lang = langAttributes(context.targetLang);
  const after = !row.en.length
    ? ""
    : asNote
      ? `\n<aside class="en" epub:type="footnote" id="${noteId}" ${lang}>${english}</aside>`
      : `${french ? "\n" : ""}<div class="en" ${lang}>${english}</div>`;
  return `<div class="pair" id="${id}">${french}${after}</div>\n`;
}
