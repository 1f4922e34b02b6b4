import { XMLParser } from "fast-xml-parser";
import { UserError } from "../errors";
import { PARAGRAPH_KINDS, type ParagraphKind, type TypedParagraph } from "../text/paragraph-kind";
import { splitSegment } from "../export/separator";
import { parseXml } from "./xml-safety";

/** A node of fast-xml-parser's ordered output: { tag: children[], ":@": attributes }. */
export type XmlNode = Record<string, unknown>;

const META = XMLParser.getMetaDataSymbol() as unknown as string;

/** An XML document parsed with the line of every element, for error messages. */
export class XmlTree {
  readonly roots: XmlNode[];
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    text: string,
  ) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    const parsed = parseXml(text, file, {
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: "",
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      processEntities: true,
      htmlEntities: true,
      captureMetaData: true,
    }) as XmlNode[];
    this.roots = parsed.filter((n) => !nameOf(n).startsWith("?") && !nameOf(n).startsWith("!"));
  }

  lineOf(node: XmlNode): number {
    const index = (node[META] as { startIndex?: number } | undefined)?.startIndex ?? 0;
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.lineStarts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** A UserError naming the file, the element's line and the element. */
  error(node: XmlNode, message: string): UserError {
    return new UserError(`${this.file}: line ${this.lineOf(node)}: <${nameOf(node)}> ${message}`);
  }
}

/** The element's name without namespace prefix ("mda:meta" → "meta"); "#text" for text. */
export const nameOf = (node: XmlNode) => {
  const key = Object.keys(node).find((k) => k !== ":@") ?? "";
  return key;
};
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
