import { statusFromXliff12, statusFromXliff2 } from "../export/states";
import type { UserErrorValues } from "../errors";
import type { BilingualDocument, BilingualFile, BilingualLink } from "./bilingual";
import { readTextFile } from "./read-text-file";
import { noXmlElement } from "./xml-safety";
import { attrOf, elementsOf, localName, paragraphsOf, textOf, XmlTree, type XmlNode } from "./xml-tree";

/** Inline elements whose content is text: XLIFF 1.2 g and mrk, XLIFF 2 pc and mrk. */
const XLIFF_TEXT = new Set(["g", "mrk", "pc"]);

/** "link-type=2:1;method=auto;fr-kinds=title;en-kinds=title" (our XLIFF 1.2 extradata). */
function parseExtradata(value: string | undefined): Map<string, string> {
  return new Map((value ?? "").split(";").map((pair) => pair.split("=", 2) as [string, string]).filter((p) => p.length === 2));
}

const idOf = (unit: XmlNode) => (attrOf(unit, "id") ? `id="${attrOf(unit, "id")}" ` : "");
/** A unit's id among an error's values, when it has one. */
function idValue(unit: XmlNode): UserErrorValues {
  const id = attrOf(unit, "id");
  return id ? { id } : {};
}

/** An XLIFF 1.2 trans-unit's link, or null when both sides are empty. */
function readUnit12(tree: XmlTree, unit: XmlNode): BilingualLink | null {
  const source = elementsOf(unit, "source")[0];
  if (!source) throw tree.error(unit, "missingElement", { missing: "source", ...idValue(unit) }, `${idOf(unit)}has no <source>`);
  const target = elementsOf(unit, "target")[0];
  const extra = parseExtradata(attrOf(unit, "extradata"));
  const status = statusFromXliff12(target && attrOf(target, "state"), target && attrOf(target, "state-qualifier"), attrOf(unit, "approved"));
  const fr = paragraphsOf(textOf(source, XLIFF_TEXT), extra.get("fr-kinds"));
  const en = target ? paragraphsOf(textOf(target, XLIFF_TEXT), extra.get("en-kinds")).map((p) => ({ ...p, status })) : [];
  return fr.length || en.length ? { fr, en } : null;
}

/** An XLIFF 2 unit's link, or null when both sides are empty. */
function readUnit2(tree: XmlTree, unit: XmlNode): BilingualLink | null {
  const meta = new Map(
    elementsOf(unit, "metadata")
      .flatMap((m) => elementsOf(m, "metaGroup"))
      .flatMap((g) => elementsOf(g, "meta"))
      .map((m) => [attrOf(m, "type") ?? "", textOf(m, XLIFF_TEXT)]),
  );
  // A unit's text is its segments and ignorables in order; its state the first segment's.
  const parts = elementsOf(unit).filter((c) => localName(c) === "segment" || localName(c) === "ignorable");
  const segment = parts.find((p) => localName(p) === "segment");
  if (!segment) throw tree.error(unit, "missingElement", { missing: "segment", ...idValue(unit) }, `${idOf(unit)}has no <segment>`);
  let source = "";
  let target = "";
  let hasTarget = false;
  for (const part of parts) {
    const s = elementsOf(part, "source")[0];
    if (!s) throw tree.error(part, "missingElement", { missing: "source" }, "has no <source>");
    source += textOf(s, XLIFF_TEXT);
    const t = elementsOf(part, "target")[0];
    if (t) hasTarget = true;
    target += t ? textOf(t, XLIFF_TEXT) : "";
  }
  const status = statusFromXliff2(attrOf(segment, "state"), attrOf(segment, "subState"));
  const fr = paragraphsOf(source, meta.get("fr-kinds"));
  const en = hasTarget ? paragraphsOf(target, meta.get("en-kinds")).map((p) => ({ ...p, status })) : [];
  return fr.length || en.length ? { fr, en } : null;
}

/**
 * Reads an XLIFF file, version 1.2 (also 1.0, 1.1) or 2.x, by its version attribute: one
 * document per <file> (its original names the document), one link per unit, the English
 * status from the unit's state (see lib/export/states.ts).
 */
export function parseXliffFile(file: string): BilingualFile {
  return parseXliff(file, readTextFile(file));
}

/**
 * An XLIFF document's text, read as parseXliffFile reads a file; `file` names it in errors.
 * Streamed: each unit is read into its link when it closes, then let go, so that only the
 * links are held, never the whole file's elements. Units are those of a <file> (a child of
 * the root), directly or inside <group>s (and 1.2's <body>), in document order.
 */
export function parseXliff(file: string, text: string): BilingualFile {
  let root: XmlNode | undefined;
  let version2 = false;
  let sourceLang: string | undefined;
  let targetLang: string | undefined;
  const documents: BilingualDocument[] = [];
  const files = new Map<XmlNode, BilingualDocument>();
  const tree = new XmlTree(file, text, {
    open(node, ancestors, tree) {
      if (!ancestors.length) {
        root = node;
        if (localName(node) !== "xliff") throw tree.error(node, "wrongRootElement", { format: "XLIFF", expected: "xliff" }, "is not an XLIFF file (the root element must be <xliff>)");
        const version = attrOf(node, "version") ?? "";
        version2 = /^2\./.test(version);
        if (!version2 && !/^1\./.test(version)) throw tree.error(node, "unsupportedVersion", { version, expected: "1.2, 2.x" }, `has version "${version}": expected 1.2 or 2.x`);
        if (version2) {
          sourceLang = attrOf(node, "srcLang");
          if (!sourceLang) throw tree.error(node, "missingAttribute", { attribute: "srcLang" }, "has no srcLang attribute");
          targetLang = attrOf(node, "trgLang") ?? "en";
        }
      } else if (ancestors.length === 1 && localName(node) === "file") {
        if (!version2) {
          sourceLang ??= attrOf(node, "source-language");
          targetLang ??= attrOf(node, "target-language");
          if (!attrOf(node, "source-language")) throw tree.error(node, "missingAttribute", { attribute: "source-language" }, "has no source-language attribute");
        }
        const doc: BilingualDocument = { slug: attrOf(node, "original"), links: [] };
        documents.push(doc);
        files.set(node, doc);
      }
    },
    close(node, ancestors, tree) {
      if (localName(node) !== (version2 ? "unit" : "trans-unit") || ancestors.length < 2) return false;
      const doc = files.get(ancestors[1]);
      if (!doc || !ancestors.slice(2).every((a) => localName(a) === "group" || localName(a) === "body")) return false;
      const link = version2 ? readUnit2(tree, node) : readUnit12(tree, node);
      if (link) doc.links.push(link);
      return true;
    },
  });
  if (!root) throw noXmlElement(file);
  if (!sourceLang) throw tree.error(root, "missingElement", { missing: "file" }, "has no <file>");
  return { sourceLang, targetLang: targetLang ?? "en", documents };
}
