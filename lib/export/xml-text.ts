/**
 * XML 1.0 text and attribute escaping, and the removal of the characters XML 1.0 does not
 * allow at all (C0 controls other than tab, line feed and carriage return; lone
 * surrogates; U+FFFE and U+FFFF). Shared by every XML and HTML writer.
 */

// Everything outside #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface Cleaned {
  text: string;
  /** The dropped characters as U+XXXX, in order; empty when nothing was dropped. */
  dropped: string[];
}

/** Drops the characters XML 1.0 forbids; says which ones. */
export function dropForbiddenXmlChars(text: string): Cleaned {
  if (!FORBIDDEN.test(text)) {
    FORBIDDEN.lastIndex = 0;
    return { text, dropped: [] };
  }
  FORBIDDEN.lastIndex = 0;
  const dropped: string[] = [];
  const cleaned = text.replace(FORBIDDEN, (c) => {
    dropped.push(`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    return "";
  });
  return { text: cleaned, dropped };
}

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': "&quot;",
  "'": "&#39;",
  "\t": "&#9;",
  "\n": "&#10;",
};

/**
 * Element content: `&`, `<` and `>` (so `]]>` cannot appear) become references; a carriage
 * return becomes `&#13;` so that parsers do not turn it into a line feed. Tabs, line feeds,
 * quotes, emoji and bidirectional marks are written as they are.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

/** Attribute values (always written in double quotes): also quotes, tabs and line feeds. */
export function escapeXmlAttr(text: string): string {
  return text.replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
}
