import { kindsOf, xmlSegment } from "./segment";
import { XLIFF12_STATE } from "./states";
import { TOOL_NAME, TOOL_PREFIX, TOOL_VERSION } from "./tool";
import { linkShape, rowStatus, type ExportWriter } from "./types";
import { escapeXmlAttr as attr, escapeXmlText as text } from "./xml-text";

/**
 * XLIFF 1.2, for tools that read only 1.2: one <file> per document (original = slug), one
 * <trans-unit> per link, <target state> from the English paragraphs' status (states.ts).
 * extradata keeps the link type, method and kinds: "link-type=2:1;method=auto;fr-kinds=…".
 */
export const writeXliff12: ExportWriter = async function* (documents, context) {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n`;
  let any = false;
  for await (const doc of documents) {
    any = true;
    yield `  <file original="${attr(doc.slug)}" source-language="${attr(context.sourceLang)}" target-language="${attr(context.targetLang)}" datatype="plaintext">\n` +
      `    <header><tool tool-id="${TOOL_PREFIX}" tool-name="${attr(TOOL_NAME)}" tool-version="${attr(TOOL_VERSION)}"/></header>\n` +
      `    <body>\n`;
    for await (const row of doc.rows) {
      const status = rowStatus(row);
      const extradata = `link-type=${linkShape(row)};method=${row.method ?? "none"};fr-kinds=${kindsOf(row.fr)};en-kinds=${kindsOf(row.en)}`;
      const approved = status === "reviewed" ? ` approved="yes"` : "";
      const qualifier = status === "machine" ? ` state-qualifier="mt-suggestion"` : "";
      const target = status
        ? `        <target state="${XLIFF12_STATE[status]}"${qualifier}>${text(xmlSegment(context, doc.slug, "en", row.en))}</target>\n`
        : "";
      yield `      <trans-unit id="${row.index + 1}"${approved} xml:space="preserve" extradata="${attr(extradata)}">\n` +
        `        <source>${text(xmlSegment(context, doc.slug, "fr", row.fr))}</source>\n` +
        target +
        `      </trans-unit>\n`;
    }
    yield `    </body>\n  </file>\n`;
  }
  // XLIFF 1.2 needs at least one <file>: an export of nothing is an empty one.
  if (!any) {
    yield `  <file original="empty" source-language="${attr(context.sourceLang)}" target-language="${attr(context.targetLang)}" datatype="plaintext"><body/></file>\n`;
  }
  yield `</xliff>\n`;
};
