import { XMLParser, XMLValidator, type X2jOptions } from "fast-xml-parser";
import { UserError, type UserErrorCode, type UserErrorValues } from "../errors";
import { codePoint } from "./read-text-file";

/**
 * Deepest element nesting accepted (the root is level 1). TMX, XLIFF and TBX files need
 * about ten levels; a limit keeps hostile files from exhausting the parser's stack.
 */
export const MAX_XML_DEPTH = 100;

/** XML 1.0's Char production: what a character reference may name. */
const isXmlChar = (cp: number) =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

/** Characters XML 1.0 forbids that a text file may still hold (the text reader refuses the other controls). */
const FORBIDDEN_LITERAL = /[\u000B\u000C\uFFFE\uFFFF]/;
const CHARACTER_REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

const lineAt = (text: string, index: number) => text.slice(0, index).split("\n").length;

/**
 * Index just past the `>` that closes the markup opened at `from`, quoted strings skipped
 * (and, for a DOCTYPE, its internal subset in brackets).
 */
function markupEnd(text: string, from: number): number {
  let quote = "";
  let inSubset = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[") inSubset = true;
    else if (c === "]") inSubset = false;
    else if (c === ">" && !inSubset) return i + 1;
  }
  return text.length;
}

/**
 * Refuses, with one line naming the file and the line, XML that would make a parser fail
 * or mislead: not well-formed; a DOCTYPE with declarations, entities above all (they can
 * read local files or expand without bound; a bare `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` is
 * accepted and never fetched); elements nested deeper than MAX_XML_DEPTH; a character
 * reference to something that is not an XML character (`&#0;`, `&#xD800;`, `&#x110000;`),
 * or such a character written literally. Linear in the size of the text.
 */
export function checkXml(text: string, file: string): void {
  const fail = (index: number, code: UserErrorCode, values: UserErrorValues, message: string) => {
    const line = lineAt(text, index);
    return new UserError({ code, values: { file, line, ...values }, problem: `${file}: line ${line}: ${message}` });
  };
  const refused = (index: number, values: UserErrorValues, message: string) => fail(index, "refusedXml", values, message);
  const forbidden = FORBIDDEN_LITERAL.exec(text);
  if (forbidden) throw refused(forbidden.index, { reason: "character", character: codePoint(forbidden[0]) }, `character ${codePoint(forbidden[0])} is not allowed in XML`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, msg } = valid.err;
    throw new UserError({ code: "notWellFormedXml", values: { file, line, detail: msg.replace(/\.$/, "") }, problem: `${file}: line ${line}: not well-formed XML: ${msg}` });
  }

  // Comments, CDATA sections and processing instructions hold no references: their ranges,
  // in order, are skipped when the references are checked after the scan (one pass over
  // the text for each, so that the check stays linear however the text is laid out).
  const opaque: [number, number][] = [];
  let depth = 0;
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf("<", pos);
    if (open < 0) break;
    // Well-formed (checked above): every construct below is closed.
    if (text.startsWith("<!--", open)) opaque.push([open, (pos = text.indexOf("-->", open + 4) + 3)]);
    else if (text.startsWith("<![CDATA[", open)) opaque.push([open, (pos = text.indexOf("]]>", open + 9) + 3)]);
    else if (text.startsWith("<?", open)) opaque.push([open, (pos = text.indexOf("?>", open + 2) + 2)]);
    else if (text.startsWith("<!", open)) {
      pos = markupEnd(text, open);
      const doctype = text.slice(open, pos);
      const entity = doctype.search(/<!ENTITY/i);
      if (entity >= 0) throw refused(open + entity, { reason: "entity" }, "<!ENTITY> declarations are not accepted");
      if (doctype.replace(/"[^"]*"|'[^']*'/g, "").includes("[")) throw refused(open, { reason: "doctype" }, "a DOCTYPE with declarations ([…]) is not accepted");
    } else {
      pos = markupEnd(text, open);
      if (text[open + 1] === "/") depth--;
      else if (text[pos - 2] !== "/" && ++depth > MAX_XML_DEPTH) {
        throw fail(open, "tooDeeplyNested", { format: "xml", max: MAX_XML_DEPTH }, `elements nested more than ${MAX_XML_DEPTH} levels deep`);
      }
    }
  }

  let next = 0;
  for (const m of text.matchAll(CHARACTER_REFERENCE)) {
    while (next < opaque.length && opaque[next][1] <= m.index) next++;
    if (next < opaque.length && opaque[next][0] <= m.index) continue;
    const cp = m[1][0] === "x" ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    if (!isXmlChar(cp)) throw refused(m.index, { reason: "reference", character: m[0] }, `character reference ${m[0]} does not name a character XML allows`);
  }
}

/**
 * Parses XML that passed checkXml with fast-xml-parser and these options. The parser's
 * own nesting limit stays at MAX_XML_DEPTH (checkXml refused anything deeper), and any
 * error it still raises is about the file: it becomes one line naming it.
 */
export function parseXml(text: string, file: string, options: X2jOptions): unknown {
  checkXml(text, file);
  try {
    return new XMLParser({ ...options, maxNestedTags: MAX_XML_DEPTH }).parse(text);
  } catch (error) {
    if (error instanceof Error) throw unreadableXml(file, error);
    throw error;
  }
}

/** What a parser raised on XML that checkXml let through, as one line naming the file (the parser gives no line). */
export function unreadableXml(file: string, error: Error): UserError {
  const detail = error.message.split("\n")[0];
  return new UserError({ code: "notWellFormedXml", values: { file, detail: detail.replace(/\.$/, "") }, problem: `${file}: not readable as XML: ${detail}` });
}

/** Text that passed checkXml yet holds no element (only a declaration or comments, say). */
export const noXmlElement = (file: string) =>
  new UserError({ code: "notWellFormedXml", values: { file, detail: "no XML element found" }, problem: `${file}: no XML element found` });
