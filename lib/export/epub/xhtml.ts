import { dropForbiddenXmlChars, escapeXmlAttr, escapeXmlText } from "../xml-text";

/** Line breaks inside a paragraph (a poem, an address): kept as <br/>, as e-readers ignore pre-wrap. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** Text for an XHTML element: escaped, its line breaks as <br/> (forbidden characters already dropped). */
export const xhtmlText = (text: string) => text.split(LINE_BREAK).map(escapeXmlText).join("<br/>");

/** Text that is not a paragraph (a title, a source, a note): forbidden characters dropped, escaped. */
export const plainText = (text: string) => xhtmlText(dropForbiddenXmlChars(text).text);

/** lang and xml:lang together: XHTML reads the second, HTML-minded reading systems the first. */
export const langAttributes = (tag: string) => `lang="${escapeXmlAttr(tag)}" xml:lang="${escapeXmlAttr(tag)}"`;

export const XHTML_NAMESPACES = `xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"`;

/** The opening of a content document, down to <body>; `stylesheet` is relative to the document. */
export function xhtmlHead(title: string, lang: string, stylesheet: string, bodyAttributes = ""): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html ${XHTML_NAMESPACES} ${langAttributes(lang)}>\n<head>\n` +
    `<meta charset="utf-8"/>\n<title>${plainText(title)}</title>\n<link rel="stylesheet" type="text/css" href="${escapeXmlAttr(stylesheet)}"/>\n` +
    `</head>\n<body${bodyAttributes ? ` ${bodyAttributes}` : ""}>\n`
  );
}

export const XHTML_FOOT = `</body>\n</html>\n`;
