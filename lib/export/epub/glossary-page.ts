import type { GlossaryTerm } from "../../glossary/matcher";
import type { GlossaryKind } from "../../glossary/kinds";
import { langAttributes, plainText, XHTML_FOOT, xhtmlHead } from "./xhtml";

export const GLOSSARY_HREF = "glossary.xhtml";
export const GLOSSARY_TITLE = "Glossaire · Glossary";

/** Kinds in both languages: the book is read by people of either. */
const KIND_NAMES: Record<GlossaryKind, string> = {
  person: "personne · person",
  place: "lieu · place",
  organization: "organisation · organization",
  other: "autre · other",
};

/**
 * The appendix: every glossary entry the book names, in French alphabetical order, with
 * its French and English forms, its kind and its note, as an EPUB 3 glossary
 * (glossterm / glossdef).
 */
export function glossaryPage(entries: readonly GlossaryTerm[], sourceLang: string, targetLang: string): string {
  const sorted = [...entries].sort((a, b) => a.fr.localeCompare(b.fr, "fr") || a.id - b.id);
  const items = sorted.map(
    (e) =>
      `<dt epub:type="glossterm" id="g${e.id}">${plainText(e.fr)}</dt>\n` +
      `<dd epub:type="glossdef"><span ${langAttributes(targetLang)}>${plainText(e.en)}</span>` +
      ` <span class="kind">(${KIND_NAMES[e.kind] ?? plainText(e.kind)})</span></dd>\n` +
      (e.note?.trim() ? `<dd class="note">${plainText(e.note)}</dd>\n` : ""),
  );
  return (
    xhtmlHead(GLOSSARY_TITLE, sourceLang, "style.css") +
    `<section epub:type="glossary" id="glossary">\n<h1>${GLOSSARY_TITLE}</h1>\n<dl class="glossary">\n${items.join("")}</dl>\n</section>\n` +
    XHTML_FOOT
  );
}
