import { tmxDate } from "./dates";
import { kindsOf, xmlSegment } from "./segment";
import { TOOL_NAME, TOOL_VERSION } from "./tool";
import { linkShape, rowStatus, type ExportWriter } from "./types";
import { escapeXmlAttr as attr, escapeXmlText as text } from "./xml-text";

/**
 * TMX 1.4b: one <tu> per link, a <tuv xml:lang> per side holding its <seg>. The header's
 * srclang is exactly the source tuv's xml:lang string. Props (all our own, x- prefixed):
 * x-document (slug), x-link-type ("2:1"), x-method, x-status (least advanced English
 * status), x-fr-kinds / x-en-kinds (paragraph kinds, for re-import).
 */
export const writeTmx: ExportWriter = async function* (documents, context) {
  const src = attr(context.sourceLang);
  const trg = attr(context.targetLang);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n` +
    `  <header creationtool="${attr(TOOL_NAME)}" creationtoolversion="${attr(TOOL_VERSION)}" segtype="paragraph"` +
    ` o-tmf="${attr(TOOL_NAME)}" adminlang="en" srclang="${src}" datatype="plaintext" creationdate="${tmxDate(new Date())}"/>\n` +
    `  <body>\n`;
  for await (const doc of documents) {
    for await (const row of doc.rows) {
      const props = [
        ["x-document", doc.slug],
        ["x-link-type", linkShape(row)],
        ["x-method", row.method ?? "none"],
        ["x-status", rowStatus(row) ?? "none"],
        ["x-fr-kinds", kindsOf(row.fr)],
        ["x-en-kinds", kindsOf(row.en)],
      ]
        .map(([type, value]) => `      <prop type="${type}">${text(value)}</prop>\n`)
        .join("");
      yield `    <tu tuid="${attr(`${doc.slug}-${row.index + 1}`)}" creationdate="${tmxDate(row.createdAt)}" changedate="${tmxDate(row.changedAt)}">\n` +
        props +
        `      <tuv xml:lang="${src}"><seg>${text(xmlSegment(context, doc.slug, "fr", row.fr))}</seg></tuv>\n` +
        `      <tuv xml:lang="${trg}"><seg>${text(xmlSegment(context, doc.slug, "en", row.en))}</seg></tuv>\n` +
        `    </tu>\n`;
    }
  }
  yield `  </body>\n</tmx>\n`;
};
