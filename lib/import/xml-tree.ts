import { Parser } from "htmlparser2";
import { UserError, type UserErrorCode, type UserErrorValues } from "../errors";
import { PARAGRAPH_KINDS, type ParagraphKind, type TypedParagraph } from "../text/paragraph-kind";
import { splitSegment } from "../export/separator";
import { checkXml, unreadableXml } from "./xml-safety";

/** An element: { tag: children[], ":@": attributes }; a text node: { "#text": text }. */
export type XmlNode = Record<string, unknown>;

/** Where an element starts in the text (for its line), kept off the node's keys. */
const START = Symbol("start");
/** A text node read from a CDATA section: its text is not decoded. */
const CDATA = Symbol("cdata");

/**
 * Named references decoded in text and attributes: XML's five, and the HTML names that
 * fast-xml-parser's htmlEntities option decoded (the parser these files were read with
 * before), so that files read as they did. Other names are left as written.
 */
const NAMED: Record<string, string> = {
  amp: "&", apos: "'", gt: ">", lt: "<", quot: '"',
  nbsp: "\u00a0", copy: "\u00a9", reg: "\u00ae", trade: "\u2122", mdash: "\u2014", ndash: "\u2013", hellip: "\u2026",
  laquo: "\u00ab", raquo: "\u00bb", lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", bull: "\u2022",
  para: "\u00b6", sect: "\u00a7", deg: "\u00b0", frac12: "\u00bd", frac14: "\u00bc", frac34: "\u00be",
  cent: "¢", pound: "£", curren: "¤", yen: "¥", euro: "€", dollar: "$", fnof: "ƒ", inr: "₹", af: "؋", birr: "ብር",
  peso: "₱", rub: "₽", won: "₩", yuan: "¥", cedil: "¸",
};
const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z][\w.-]*));/g;

/** Text or an attribute value with its references replaced (checkXml refused the invalid ones). */
export function decodeReferences(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(parseInt(dec, 10));
    return Object.hasOwn(NAMED, name!) ? NAMED[name!] : whole;
  });
}

/**
 * What a streaming read is told. `close` is called when an element and everything in it
 * has been read, with its ancestors (root first); returning true drops the element from
 * its parent, so that a file of 10,000 units never holds more than one unit's elements.
 */
export interface XmlStreamHandlers {
  open?(node: XmlNode, ancestors: readonly XmlNode[], tree: XmlTree): void;
  close?(node: XmlNode, ancestors: readonly XmlNode[], tree: XmlTree): boolean | void;
}

/**
 * An XML document read with the line of every element, for error messages. The text is
 * first checked (xml-safety.ts: well-formed, no entity declarations, depth, character
 * references), then read in one pass by a streaming parser (htmlparser2 in XML mode),
 * which builds elements only as the handlers keep them: without handlers, the whole tree.
 */
export class XmlTree {
  readonly roots: XmlNode[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    text: string,
    handlers: XmlStreamHandlers = {},
  ) {
    checkXml(text, file);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    const stack: XmlNode[] = [];
    let cdata = false;
    const childrenOfTop = () => (stack.length ? (stack[stack.length - 1][nameOf(stack[stack.length - 1])] as XmlNode[]) : null);
    const parser: Parser = new Parser(
      {
        onopentag: (name, attributes) => {
          const node: XmlNode = { [name]: [] };
          const names = Object.keys(attributes);
          if (names.length) node[":@"] = Object.fromEntries(names.map((n) => [n, decodeReferences(attributes[n])]));
          Object.defineProperty(node, START, { value: parser.startIndex });
          handlers.open?.(node, stack, this);
          stack.push(node);
        },
        onclosetag: () => {
          const node = stack.pop()!;
          for (const child of node[nameOf(node)] as XmlNode[]) {
            if ("#text" in child && !(CDATA in child)) child["#text"] = decodeReferences(child["#text"] as string);
          }
          if (handlers.close?.(node, stack, this)) return;
          (childrenOfTop() ?? this.roots).push(node);
        },
        ontext: (data) => {
          const children = childrenOfTop();
          if (!children) return; // whitespace around the root
          const last = children[children.length - 1];
          // Runs of text (and CDATA) are one node, as they were; CDATA text is kept as written.
          if (last && "#text" in last && (CDATA in last) === cdata) last["#text"] += data;
          else {
            const node: XmlNode = { "#text": data };
            if (cdata) Object.defineProperty(node, CDATA, { value: true });
            children.push(node);
          }
        },
        oncdatastart: () => (cdata = true),
        oncdataend: () => (cdata = false),
      },
      { xmlMode: true, decodeEntities: false },
    );
    try {
      parser.end(text);
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (error instanceof Error) throw unreadableXml(file, error);
      throw error;
    }
  }

  lineOf(node: XmlNode): number {
    const index = (node as { [START]?: number })[START] ?? 0;
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.lineStarts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /**
   * A UserError of kind `code` about `node`: its values name the file, the element's line
   * and the element, and `values` says the rest; its message is "FILE: line N: <element> `message`".
   */
  error(node: XmlNode, code: UserErrorCode, values: UserErrorValues, message: string): UserError {
    const line = this.lineOf(node);
    const element = nameOf(node);
    return new UserError({ code, values: { file: this.file, line, element, ...values }, problem: `${this.file}: line ${line}: <${element}> ${message}` });
  }
}

/** The element's name ("mda:meta"); "#text" for text. */
export const nameOf = (node: XmlNode) => {
  const key = Object.keys(node).find((k) => k !== ":@") ?? "";
  return key;
};
/** The element's name without namespace prefix ("mda:meta" → "meta"). */
export const localName = (node: XmlNode) => nameOf(node).replace(/^.*:/, "");

export const childrenOf = (node: XmlNode): XmlNode[] => (node[nameOf(node)] as XmlNode[] | undefined) ?? [];
export const elementsOf = (node: XmlNode, name?: string) =>
  childrenOf(node).filter((c) => nameOf(c) !== "#text" && !nameOf(c).startsWith("?") && (!name || localName(c) === name));
export const attrOf = (node: XmlNode, name: string): string | undefined =>
  (node[":@"] as Record<string, string> | undefined)?.[name];

/**
 * The text of an element, inline markup read as text: `keep` elements contribute their
 * text, others (placeholders, native codes) nothing.
 */
export function textOf(node: XmlNode, keep: ReadonlySet<string>): string {
  let text = "";
  for (const child of childrenOf(node)) {
    const name = nameOf(child);
    if (name === "#text") text += child["#text"] as string;
    else if (keep.has(localName(child))) text += textOf(child, keep);
  }
  return text;
}

const isKind = (k: string): k is ParagraphKind => (PARAGRAPH_KINDS as readonly string[]).includes(k);

/** A segment's paragraphs, typed by the kinds the file recorded ("title body"), else body. */
export function paragraphsOf(segment: string, kinds: string | undefined): TypedParagraph[] {
  const texts = splitSegment(segment);
  const given = kinds?.trim() ? kinds.trim().split(/\s+/) : [];
  return texts.map((text, i) => ({ kind: given.length === texts.length && isKind(given[i]) ? given[i] : "body", text }));
}
