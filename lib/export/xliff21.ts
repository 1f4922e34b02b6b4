import { kindsOf, xmlSegment } from "./segment";
import { XLIFF2_STATE } from "./states";
import { TOOL_PREFIX } from "./tool";
import { linkShape, rowStatus, type ExportWriter } from "./types";
import { escapeXmlAttr as attr, escapeXmlText as text } from "./xml-text";

/**
 * XLIFF 2.1: one <file> per document (original = slug), one <unit> per link with one
 * <segment> whose state comes from the English paragraphs' status (see states.ts). The
 * metadata module keeps the link type, method and paragraph kinds for re-import.
 */
export const writeXliff21: ExportWriter = async function* (documents, context) {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"` +
    ` version="2.1" srcLang="${attr(context.sourceLang)}" trgLang="${attr(context.targetLang)}">\n`;
  let fileNumber = 0;
  for await (const doc of documents) {
    // A <file> needs at least one unit: it is opened with its first row.
    let open = false;
    for await (const row of doc.rows) {
      if (!open) {
        open = true;
        yield `  <file id="f${++fileNumber}" original="${attr(doc.slug)}">\n`;
      }
      const status = rowStatus(row);
      const state = status ? ` state="${XLIFF2_STATE[status]}"${status === "machine" ? ` subState="${TOOL_PREFIX}:machine"` : ""}` : "";
      const meta = [
        ["link-type", linkShape(row)],
        ["method", row.method ?? "none"],
        ["fr-kinds", kindsOf(row.fr)],
        ["en-kinds", kindsOf(row.en)],
      ]
        .map(([type, value]) => `          <mda:meta type="${type}">${text(value)}</mda:meta>\n`)
        .join("");
      const target = row.en.length ? `        <target xml:space="preserve">${text(xmlSegment(context, doc.slug, "en", row.en))}</target>\n` : "";
      yield `    <unit id="u${row.index + 1}">\n` +
        `      <mda:metadata>\n        <mda:metaGroup category="${TOOL_PREFIX}">\n${meta}        </mda:metaGroup>\n      </mda:metadata>\n` +
        `      <segment${state}>\n` +
        `        <source xml:space="preserve">${text(xmlSegment(context, doc.slug, "fr", row.fr))}</source>\n` +
        target +
        `      </segment>\n    </unit>\n`;
    }
    if (open) yield `  </file>\n`;
  }
  if (!fileNumber) yield `  <file id="f1"/>\n`;
  yield `</xliff>\n`;
};
