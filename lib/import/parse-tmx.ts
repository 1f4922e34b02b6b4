import { STATUSES, type ParagraphStatus } from "../export/types";
import type { BilingualDocument, BilingualFile } from "./bilingual";
import { readTextFile } from "./read-text-file";
import { noXmlElement } from "./xml-safety";
import { attrOf, elementsOf, localName, paragraphsOf, textOf, XmlTree, type XmlNode } from "./xml-tree";

/** Inline TMX elements whose text is the segment's text; bpt, ept, it, ph, ut hold native code. */
const TMX_TEXT = new Set(["hi"]);

const langOf = (tuv: XmlNode) => attrOf(tuv, "xml:lang") ?? attrOf(tuv, "lang");
const asStatus = (value: string | undefined): ParagraphStatus =>
  (STATUSES as readonly string[]).includes(value ?? "") ? (value as ParagraphStatus) : "draft";

/**
 * Reads a TMX file (1.4b; 1.1 to 1.3 read the same way): the source side is the tuv whose
 * xml:lang is the header's srclang (letter case ignored), the target side the first other
 * tuv. Props written by our exporter (x-document, x-status, x-fr-kinds, x-en-kinds) are
 * used when present: tus are grouped into documents by x-document. Any problem is a
 * UserError naming the file, the line and the element.
 */
export function parseTmxFile(file: string): BilingualFile {
  return parseTmx(file, readTextFile(file));
}

/**
 * A TMX document's text, read as parseTmxFile reads a file; `file` names it in errors.
 * Streamed: each <tu> is read into its links when it closes, then let go, so that only
 * the links are held, never the whole file's elements.
 */
export function parseTmx(file: string, text: string): BilingualFile {
  let root: XmlNode | undefined;
  let header: XmlNode | undefined;
  let body: XmlNode | undefined;
  let targetLang: string | undefined;
  const documents = new Map<string, BilingualDocument>();
  /** Tus read before the header (which TMX puts first): read once the header is known. */
  const early: XmlNode[] = [];

  const readTu = (tree: XmlTree, tu: XmlNode, srclang: string) => {
    const tuvs = elementsOf(tu, "tuv");
    const props = new Map(elementsOf(tu, "prop").map((p) => [attrOf(p, "type") ?? "", textOf(p, TMX_TEXT)]));
    const source =
      srclang === "*all*" ? tuvs[0] : tuvs.find((t) => langOf(t)?.toLowerCase() === srclang.toLowerCase());
    if (!source) throw tree.error(tu, "missingLanguage", { missing: "tuv", lang: srclang }, `has no <tuv xml:lang="${srclang}"> (the header's srclang)`);
    const target = tuvs.find((t) => t !== source && (!targetLang || langOf(t)?.toLowerCase() === targetLang.toLowerCase())) ?? tuvs.find((t) => t !== source);
    if (!target) throw tree.error(tu, "unitWithoutTarget", {}, "has only one <tuv>: a translation unit needs a source and a target");
    for (const tuv of [source, target]) if (!langOf(tuv)) throw tree.error(tuv, "missingAttribute", { attribute: "xml:lang" }, "has no xml:lang attribute");
    targetLang ??= langOf(target);
    const segOf = (tuv: XmlNode) => {
      const seg = elementsOf(tuv, "seg")[0];
      if (!seg) throw tree.error(tuv, "missingElement", { missing: "seg" }, "has no <seg>");
      return textOf(seg, TMX_TEXT);
    };
    const fr = paragraphsOf(segOf(source), props.get("x-fr-kinds"));
    const status = asStatus(props.get("x-status"));
    const en = paragraphsOf(segOf(target), props.get("x-en-kinds")).map((p) => ({ ...p, status }));
    if (!fr.length && !en.length) return;
    const key = props.get("x-document") ?? "";
    const doc = documents.get(key) ?? { slug: key || undefined, links: [] };
    documents.set(key, doc);
    doc.links.push({ fr, en });
  };

  const tree = new XmlTree(file, text, {
    open(node, ancestors, tree) {
      if (!ancestors.length) {
        root = node;
        if (localName(node) !== "tmx") throw tree.error(node, "wrongRootElement", { format: "TMX", expected: "tmx" }, "is not a TMX file (the root element must be <tmx>)");
      } else if (ancestors.length === 1 && localName(node) === "header" && !header) {
        header = node;
        if (!attrOf(header, "srclang")) throw tree.error(header, "missingAttribute", { attribute: "srclang" }, "has no srclang attribute");
      } else if (ancestors.length === 1 && localName(node) === "body") body ??= node;
    },
    close(node, ancestors, tree) {
      if (ancestors.length !== 2 || ancestors[1] !== body || localName(node) !== "tu") return false;
      if (header) readTu(tree, node, attrOf(header, "srclang")!);
      else early.push(node);
      return true;
    },
  });
  if (!root) throw noXmlElement(file);
  if (!header) throw tree.error(root, "missingElement", { missing: "header" }, "has no <header>");
  const srclang = attrOf(header, "srclang")!;
  if (!body) throw tree.error(root, "missingElement", { missing: "body" }, "has no <body>");
  for (const tu of early) readTu(tree, tu, srclang);
  return { sourceLang: srclang, targetLang: targetLang ?? "en", documents: [...documents.values()] };
}
