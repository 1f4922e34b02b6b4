import { create } from "xmlbuilder2";
import { UserError, type UserErrorCode, type UserErrorValues } from "../errors";
import { parseXml } from "../import/xml-safety";
import { GLOSSARY_KINDS, type GlossaryEntryInput } from "./entry-schema";
import { parseEntry } from "./entries";

/**
 * TBX (TermBase eXchange, ISO 30042:2019), TBX-Basic dialect, DCA style:
 *   <tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2">
 *     <text><body><conceptEntry id="c1">
 *       <descrip type="subjectField">person</descrip>      the entry's kind
 *       <note>…</note>                                      its English note (the file's xml:lang is en)
 *       <langSec xml:lang="fr"><note>…</note>               its French note
 *         <termSec><term>Sergueï Choïgou</term>
 *         <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
 *       <termSec><term>Choïgu</term>                         a variant:
 *         <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
 *         <termNote type="termType">variant</termNote></termSec></langSec>
 *       <langSec xml:lang="en">…</langSec>
 * Import also reads TBX 2 files (martif, termEntry, langSet, tig/ntig). The preferred term
 * of a language is its form; without one, the first term is. A note is French when it sits
 * in the French langSec or says xml:lang="fr"; any other note is English.
 */
export const TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2";
const PREFERRED = "preferredTerm-admn-sts";
const ADMITTED = "admittedTerm-admn-sts";

export function glossaryToTbx(entries: readonly GlossaryEntryInput[]): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(TBX_NAMESPACE, "tbx", { type: "TBX-Basic", style: "dca", "xml:lang": "en" });
  root
    .ele("tbxHeader")
    .ele("fileDesc")
    .ele("sourceDesc")
    .ele("p")
    .txt("Vis-à-vis glossary: names of people, places and organisations, French and English")
    .up()
    .up()
    .up()
    .up();
  const body = root.ele("text").ele("body");
  entries.forEach((entry, i) => {
    const concept = body.ele("conceptEntry", { id: `c${i + 1}` });
    concept.ele("descrip", { type: "subjectField" }).txt(entry.kind);
    if (entry.note) concept.ele("note").txt(entry.note);
    for (const lang of ["fr", "en"] as const) {
      const langSec = concept.ele("langSec", { "xml:lang": lang });
      if (lang === "fr" && entry.noteFr) langSec.ele("note").txt(entry.noteFr);
      const term = (text: string, preferred: boolean) => {
        const termSec = langSec.ele("termSec");
        termSec.ele("term").txt(text);
        termSec.ele("termNote", { type: "partOfSpeech" }).txt("properNoun");
        termSec.ele("termNote", { type: "administrativeStatus" }).txt(preferred ? PREFERRED : ADMITTED);
        if (!preferred) termSec.ele("termNote", { type: "termType" }).txt("variant");
      };
      term(entry[lang], true);
      for (const v of entry.variants[lang]) if (v !== entry[lang]) term(v, false);
    }
  });
  return root.end({ prettyPrint: true }) + "\n";
}

type Node = Record<string, unknown>;
const ARRAYS = new Set(["conceptEntry", "termEntry", "langSec", "langSet", "termSec", "tig", "ntig", "termGrp", "termNote", "descrip", "note", "term"]);

const list = (node: unknown, ...names: string[]): Node[] =>
  names.flatMap((n) => ((node as Node | undefined)?.[n] as Node[] | undefined) ?? []);
const text = (node: unknown): string => {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  const t = (node as Node)["#text"];
  return t === undefined ? "" : String(t);
};
const attr = (node: Node, name: string) => (node[`@_${name}`] as string | undefined) ?? undefined;

/** Parses a TBX file; errors name the file and the line (XML syntax, see checkXml) or the element. */
export function tbxToGlossary(xml: string, file: string): GlossaryEntryInput[] {
  const doc = parseXml(xml, file, {
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  }) as Node;
  const root = (doc.tbx ?? doc.martif) as Node | undefined;
  if (!root) throw new UserError({ code: "wrongRootElement", values: { file, format: "TBX", expected: "tbx" }, problem: `${file}: not a TBX file (the root element must be <tbx>)` });
  const body = (root.text as Node | undefined)?.body;
  const concepts = list(body, "conceptEntry", "termEntry");
  const seen = new Map<string, number>();
  return concepts.map((concept, i) => {
    const id = attr(concept, "id");
    const where = `${file}: conceptEntry ${i + 1}${id ? ` (id "${id}")` : ""}`;
    /** A UserError about this entry: its values name the file, the entry's number and id; its message starts with `where`. */
    const entryError = (code: UserErrorCode, values: UserErrorValues, problem: string, cause?: UserError) =>
      new UserError({ code, values: { file, entry: i + 1, ...(id && { id }), ...values }, problem: `${where}: ${problem}`, cause });
    const forms: Record<"fr" | "en", string[]> = { fr: [], en: [] };
    for (const lang of ["fr", "en"] as const) {
      const sections = list(concept, "langSec", "langSet").filter((s) => (attr(s, "xml:lang") ?? "").toLowerCase().split(/[-_]/)[0] === lang);
      if (!sections.length) throw entryError("missingLanguage", { element: "conceptEntry", missing: "langSec", lang }, `no langSec xml:lang="${lang}"`);
      const terms = sections.flatMap((s) =>
        [...list(s, "termSec", "tig"), ...list(s, "ntig").flatMap((n) => list(n, "termGrp"))].map((t) => ({
          term: text(list(t, "term")[0]).trim(),
          status: list(t, "termNote").find((n) => attr(n, "type") === "administrativeStatus"),
        })),
      );
      if (!terms.length || terms.some((t) => !t.term)) {
        const element = terms.length ? "termSec" : "langSec";
        throw entryError("missingElement", { element, missing: element === "termSec" ? "term" : "termSec", lang }, `langSec "${lang}": a termSec without a <term>`);
      }
      const preferred = terms.findIndex((t) => /^preferredTerm/.test(text(t.status)));
      const main = preferred >= 0 ? preferred : 0;
      forms[lang] = [terms[main].term, ...terms.filter((_, k) => k !== main).map((t) => t.term)];
    }
    const descrips = list(concept, "descrip");
    const kind = text(descrips.find((d) => attr(d, "type") === "subjectField")).trim() || "other";
    const isFrench = (node: Node, inherited: string | undefined) => (attr(node, "xml:lang") ?? inherited ?? "").toLowerCase().split(/[-_]/)[0] === "fr";
    const notes = [
      ...list(concept, "note").map((n) => ({ fr: isFrench(n, undefined), text: text(n) })),
      ...list(concept, "langSec", "langSet").flatMap((s) => list(s, "note").map((n) => ({ fr: isFrench(n, attr(s, "xml:lang")), text: text(n) }))),
    ];
    const joined = (french: boolean) => notes.filter((n) => n.fr === french).map((n) => n.text).join(" ").trim();
    const note = joined(false) || text(descrips.find((d) => attr(d, "type") === "definition")).trim() || null;
    const noteFr = joined(true) || null;
    if (!(GLOSSARY_KINDS as readonly string[]).includes(kind)) {
      const choices = GLOSSARY_KINDS.join(", ");
      const problem = `descrip subjectField: "${kind}" is not one of ${choices}`;
      throw entryError("invalidEntry", {}, problem, new UserError({ code: "invalidChoice", field: "kind", values: { choices }, problem }));
    }
    let entry: GlossaryEntryInput;
    try {
      entry = parseEntry({ kind, fr: forms.fr[0], en: forms.en[0], note, noteFr, variants: { fr: forms.fr.slice(1), en: forms.en.slice(1) } });
    } catch (error) {
      if (error instanceof UserError) throw entryError("invalidEntry", {}, error.message, error);
      throw error;
    }
    const before = seen.get(entry.fr);
    if (before) throw entryError("duplicateTerm", { term: entry.fr, first: before }, `fr: "${entry.fr}" already in conceptEntry ${before}`);
    seen.set(entry.fr, i + 1);
    return entry;
  });
}
