import { statusFromXliff12, statusFromXliff2 } from "../export/states";
import { UserError } from "../errors";
import type { BilingualDocument, BilingualFile, BilingualLink } from "./bilingual";
import { readTextFile } from "./read-text-file";
import { attrOf, elementsOf, localName, paragraphsOf, textOf, XmlTree, type XmlNode } from "./xml-tree";

/** Inline elements whose content is text: XLIFF 1.2 g and mrk, XLIFF 2 pc and mrk. */
const XLIFF_TEXT = new Set(["g", "mrk", "pc"]);

/** "link-type=2:1;method=auto;fr-kinds=title;en-kinds=title" (our XLIFF 1.2 extradata). */
function parseExtradata(value: string | undefined): Map<string, string> {
  return new Map((value ?? "").split(";").map((pair) => pair.split("=", 2) as [string, string]).filter((p) => p.length === 2));
}

/** Units in document order, also those inside <group>s. */
function unitsOf(node: XmlNode, name: string): XmlNode[] {
  return elementsOf(node).flatMap((child) =>
    localName(child) === name ? [child] : localName(child) === "group" || localName(child) === "body" ? unitsOf(child, name) : [],
  );
}

function readXliff12(tree: XmlTree, root: XmlNode): BilingualFile {
  let sourceLang: string | undefined;
  let targetLang: string | undefined;
  const documents: BilingualDocument[] = [];
  for (const file of elementsOf(root, "file")) {
    sourceLang ??= attrOf(file, "source-language");
    targetLang ??= attrOf(file, "target-language");
    if (!attrOf(file, "source-language")) throw tree.error(file, "has no source-language attribute");
    const links: BilingualLink[] = [];
    for (const unit of unitsOf(file, "trans-unit")) {
      const source = elementsOf(unit, "source")[0];
      if (!source) throw tree.error(unit, `${attrOf(unit, "id") ? `id="${attrOf(unit, "id")}" ` : ""}has no <source>`);
      const target = elementsOf(unit, "target")[0];
      const extra = parseExtradata(attrOf(unit, "extradata"));
      const status = statusFromXliff12(target && attrOf(target, "state"), target && attrOf(target, "state-qualifier"), attrOf(unit, "approved"));
      const fr = paragraphsOf(textOf(source, XLIFF_TEXT), extra.get("fr-kinds"));
      const en = target ? paragraphsOf(textOf(target, XLIFF_TEXT), extra.get("en-kinds")).map((p) => ({ ...p, status })) : [];
      if (fr.length || en.length) links.push({ fr, en });
    }
    documents.push({ slug: attrOf(file, "original"), links });
  }
  if (!sourceLang) throw tree.error(root, "has no <file>");
  return { sourceLang, targetLang: targetLang ?? "en", documents };
}

function readXliff2(tree: XmlTree, root: XmlNode): BilingualFile {
  const sourceLang = attrOf(root, "srcLang");
  if (!sourceLang) throw tree.error(root, "has no srcLang attribute");
  const documents: BilingualDocument[] = [];
  for (const file of elementsOf(root, "file")) {
    const links: BilingualLink[] = [];
    for (const unit of unitsOf(file, "unit")) {
      const meta = new Map(
        elementsOf(unit, "metadata")
          .flatMap((m) => elementsOf(m, "metaGroup"))
          .flatMap((g) => elementsOf(g, "meta"))
          .map((m) => [attrOf(m, "type") ?? "", textOf(m, XLIFF_TEXT)]),
      );
      // A unit's text is its segments and ignorables in order; its state the first segment's.
      const parts = elementsOf(unit).filter((c) => localName(c) === "segment" || localName(c) === "ignorable");
      const segment = parts.find((p) => localName(p) === "segment");
      if (!segment) throw tree.error(unit, `${attrOf(unit, "id") ? `id="${attrOf(unit, "id")}" ` : ""}has no <segment>`);
      let source = "";
      let target = "";
      let hasTarget = false;
      for (const part of parts) {
        const s = elementsOf(part, "source")[0];
        if (!s) throw tree.error(part, "has no <source>");
        source += textOf(s, XLIFF_TEXT);
        const t = elementsOf(part, "target")[0];
        if (t) hasTarget = true;
        target += t ? textOf(t, XLIFF_TEXT) : "";
      }
      const status = statusFromXliff2(attrOf(segment, "state"), attrOf(segment, "subState"));
      const fr = paragraphsOf(source, meta.get("fr-kinds"));
      const en = hasTarget ? paragraphsOf(target, meta.get("en-kinds")).map((p) => ({ ...p, status })) : [];
      if (fr.length || en.length) links.push({ fr, en });
    }
    documents.push({ slug: attrOf(file, "original"), links });
  }
  return { sourceLang, targetLang: attrOf(root, "trgLang") ?? "en", documents };
}

/**
 * Reads an XLIFF file, version 1.2 (also 1.0, 1.1) or 2.x, by its version attribute: one
 * document per <file> (its original names the document), one link per unit, the English
 * status from the unit's state (see lib/export/states.ts).
 */
export function parseXliffFile(file: string): BilingualFile {
  return parseXliff(file, readTextFile(file));
}

/** An XLIFF document's text, read as parseXliffFile reads a file; `file` names it in errors. */
export function parseXliff(file: string, text: string): BilingualFile {
  const tree = new XmlTree(file, text);
  const root = tree.roots.find((n) => localName(n) === "xliff");
  if (!root) {
    if (tree.roots[0]) throw tree.error(tree.roots[0], "is not an XLIFF file (the root element must be <xliff>)");
    throw new UserError(`${file}: no XML element found`);
  }
  const version = attrOf(root, "version") ?? "";
  if (/^1\./.test(version)) return readXliff12(tree, root);
  if (/^2\./.test(version)) return readXliff2(tree, root);
  throw tree.error(root, `has version "${version}": expected 1.2 or 2.x`);
}
