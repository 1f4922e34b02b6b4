import type { Db } from "../db/client";
import { loadAlignedRows, type AlignedRow } from "../documents/aligned-rows";
import { findDocumentById, namedOrAllDocuments } from "../documents/find-document";
import { foldForMatch } from "../text/normalize";
import { loadGlossaryTerms } from "./load-terms";
import { GlossaryMatcher, type GlossaryMatch, type GlossaryTerm, type Lang } from "./matcher";

/**
 * One inconsistency: a glossary name in the French of an aligned pair whose English form
 * and English variants are all missing from that pair's English.
 */
export interface GlossaryFlag {
  /** The document's slug. */
  doc: string;
  documentId: number;
  /** The alignment link of the pair (the reader's row). */
  linkId: number;
  /** The French paragraph(s) where the name occurs, and the English paragraphs of the pair. */
  frParagraphIds: number[];
  enParagraphIds: number[];
  entryId: number;
  /** The name as written in the French text (Choïgou, M. Choïgu's "Choïgu"). */
  fr: string;
  /** The entry's French form. */
  entryFr: string;
  /** The entry's English form, which the English side lacks. */
  expected: string;
  /** Every English form that would have satisfied the check (form and variants). */
  accepted: string[];
}

/** Finds glossary names in a text; the reader passes its cached index. */
export type FindNames = (lang: Lang, text: string) => GlossaryMatch[];

/**
 * Flags the glossary names of aligned pairs (rows with a link and text on both sides).
 * French names are found with longest-match-wins, so "Corée du Nord" does not also ask
 * for "Korea"; on the English side each expected entry is looked for on its own, so a
 * longer neighbouring name never hides it, and any variant satisfies it.
 */
export function checkRows(
  doc: { slug: string; id: number },
  rows: readonly AlignedRow[],
  terms: readonly GlossaryTerm[],
  find?: FindNames,
): GlossaryFlag[] {
  const matchers = find ? null : { fr: new GlossaryMatcher(terms, "fr"), en: new GlossaryMatcher(terms, "en") };
  const findNames: FindNames = find ?? ((lang, text) => matchers![lang].find(text));
  const byId = new Map(terms.map((t) => [t.id, t]));
  const enMatchers = new Map<number, GlossaryMatcher>();
  const enMatcher = (term: GlossaryTerm) => {
    let m = enMatchers.get(term.id);
    if (!m) enMatchers.set(term.id, (m = new GlossaryMatcher([term], "en")));
    return m;
  };
  // A form can only match where its first word's key occurs in the folded text: a cheap
  // test that spares tokenizing the English again for names that are plainly absent.
  const firstKeys = new Map<number, string[]>();
  const mayOccur = (term: GlossaryTerm, folded: string) => {
    let keys = firstKeys.get(term.id);
    if (!keys) firstKeys.set(term.id, (keys = [term.en, ...term.variants.en].map((f) => foldForMatch(f).split(/[^\p{L}\p{N}]+/u).find(Boolean) ?? "")));
    return keys.some((k) => folded.includes(k));
  };
  const flags: GlossaryFlag[] = [];
  for (const row of rows) {
    if (row.linkId === null || !row.fr.length || !row.en.length) continue;
    const english = row.en.map((p) => p.text).join("\n");
    const folded = foldForMatch(english);
    // Most expected names are found by the whole-glossary pass; only the others are looked
    // for on their own, in case a longer neighbouring name hid them.
    const found = new Set(row.en.flatMap((p) => findNames("en", p.text).map((m) => m.entryId)));
    const seen = new Set<number>();
    for (const paragraph of row.fr) {
      for (const match of findNames("fr", paragraph.text)) {
        if (seen.has(match.entryId)) continue;
        seen.add(match.entryId);
        const term = byId.get(match.entryId)!;
        if (found.has(term.id) || (mayOccur(term, folded) && enMatcher(term).find(english).length)) continue;
        flags.push({
          doc: doc.slug,
          documentId: doc.id,
          linkId: row.linkId,
          frParagraphIds: row.fr.filter((p) => findNames("fr", p.text).some((m) => m.entryId === term.id)).map((p) => p.id),
          enParagraphIds: row.en.map((p) => p.id),
          entryId: term.id,
          fr: paragraph.text.slice(match.start, match.end),
          entryFr: term.fr,
          expected: term.en,
          accepted: [term.en, ...term.variants.en.filter((v) => v !== term.en)],
        });
      }
    }
  }
  return flags;
}

/** The flags of one document, by id (for the reader: each flag names its link and paragraphs). */
export async function checkDocument(db: Db, documentId: number, terms?: readonly GlossaryTerm[]): Promise<GlossaryFlag[]> {
  const doc = await findDocumentById(db, documentId, { id: true, slug: true });
  return checkRows(doc, await loadAlignedRows(db, doc.id), terms ?? (await loadGlossaryTerms(db)));
}

/** The flags of the documents named by slug, or of every document when `slugs` is omitted. */
export async function checkDocuments(db: Db, slugs?: readonly string[]): Promise<GlossaryFlag[]> {
  const docs = await namedOrAllDocuments(db, slugs);
  const terms = await loadGlossaryTerms(db);
  const flags: GlossaryFlag[] = [];
  for (const doc of docs) flags.push(...checkRows(doc, await loadAlignedRows(db, doc.id), terms));
  return flags;
}

