import type { AlignedRow } from "../documents/aligned-rows";
import { isAcronym, isCapitalised } from "../text/capitals";
import { foldForMatch, normalizeText, stripDiacritics } from "../text/normalize";
import type { GlossaryKind } from "./entry-schema";
import { GlossaryMatcher, type GlossaryTerm } from "./matcher";
import {
  findNameSpans,
  FOREIGN_ARTICLES,
  midSentenceCapitals,
  PLACE_HEADS,
  sameNameSpelling,
  splitWords,
  STATE_HEADS,
  TITLE_ABBREVIATIONS,
  withoutArticle,
  type NameSpan,
  type Word,
} from "./names";
import { englishNames, proposeEnglishForms, rowKey, type EnglishIndex } from "./english-forms";

/** A name found in the French text, proposed for the glossary. */
export interface ExtractedCandidate {
  fr: string;
  kind: GlossaryKind;
  /** Other French spellings grouped with `fr` (Choïgu, Choïgou beside Sergueï Choïgou). */
  variants: string[];
  /** English form read from the aligned English, or null when no pair is evident. */
  en: string | null;
  /** Slugs of the documents it occurs in, in the order given. */
  documents: string[];
  occurrences: number;
}

export interface ExtractionDocument {
  slug: string;
  rows: AlignedRow[];
}

/** Words before a person's name that name their role. */
const PERSON_TITLES = new Set([
  "président", "présidente", "ministre", "dirigeant", "dirigeante", "secrétaire", "porte-parole", "député", "députée", "professeur",
  "professeure", "analyste", "général", "chef", "conseiller", "conseillère", "ambassadeur", "ambassadrice", "chancelier", "chancelière",
  "roi", "reine", "pape", "sénateur", "sénatrice", "maire", "juge", "leader", "opposant", "opposante", "chercheur", "journaliste", "transfuge",
  "commandant", "colonel", "prince", "princesse", "directeur", "directrice", "patron", "patronne", "écrit", "ancien", "ancienne", "proche",
]);
/** Words before a place's name: "à Pyongyang", "la région de Koursk", "la capitale Kiev". */
const PLACE_PREPOSITIONS = new Set(["à", "vers", "depuis"]);
const PLACE_NOUNS = new Set(["région", "province", "ville", "capitale", "village", "oblast", "république", "pays", "île", "archipel", "territoire", "département"]);
/** Words that make a name an organisation's: "Conseil de sécurité", "l'agence KCNA". */
const ORG_WORDS = new Set(
  ["conseil", "agence", "institut", "université", "ministère", "parti", "organisation", "otan", "onu", "union", "commission", "banque", "fonds",
   "assemblée", "sénat", "cour", "tribunal", "armée", "forum", "comité", "fédération", "groupe", "entreprise", "société", "journal", "dialogue",
   "ocde", "opep", "unesco", "unicef", "gouvernement", "institute", "council", "agency", "département", "secrétariat", "alliance"].map(foldForMatch),
);

interface Occurrence {
  form: string;
  slug: string;
  /** Index of the aligned row in its document. */
  row: number;
  evidence: Record<GlossaryKind, number>;
  /** Names coordinated with this one ("Kiev, Séoul et Washington"): they tend to share its kind. */
  neighbours: string[];
}

function kindEvidence(span: NameSpan, words: Word[], text: string): Record<GlossaryKind, number> {
  const evidence: Record<GlossaryKind, number> = { person: 0, place: 0, organization: 0, other: 0 };
  const lower = (i: number) => words[i]?.text.toLowerCase();
  const before = (k: number) => lower(span.from - k);
  const nameWords = words.slice(span.from, span.to).map((w) => foldForMatch(w.text));
  if (span.acronym) evidence.organization += 2;
  if (nameWords.some((w) => ORG_WORDS.has(w))) evidence.organization += 3;
  if (PLACE_HEADS.has(words[span.from].text) || STATE_HEADS.has(words[span.from].text)) evidence.place += 5;
  // "M. Kim", "le président russe Vladimir Poutine", "le député sud-coréen Lee Seong-kweun".
  if (span.from > 0 && TITLE_ABBREVIATIONS.has(words[span.from - 1].text)) evidence.person += 4;
  // "conseiller du Kremlin", "ministre de la Défense": a title's complement, not a person.
  const articled = ["du", "des", "au", "aux", "la", "le", "les", "l"].includes(before(1) ?? "");
  for (let k = 1; k <= 4 && span.from - k >= 0 && !articled; k++) {
    const w = before(k)!;
    if (PERSON_TITLES.has(w)) evidence.person += 2;
    if (ORG_WORDS.has(foldForMatch(w))) evidence.organization += k === 1 ? 2 : 0;
    if (isCapitalised(words[span.from - k].text) || /[,.;:]/.test(text.slice(words[span.from - k].end, words[span.from - k + 1].start))) break;
  }
  // "Tommy Pigott, porte-parole du département d'Etat".
  const after = text.slice(words[span.to - 1].end, words[span.to]?.start ?? text.length);
  if (/^\s*,\s*$/.test(after)) {
    for (let k = 0; k < 3; k++) if (PERSON_TITLES.has(lower(span.to + k) ?? "")) evidence.person += 2;
  }
  const prev = before(1);
  if (prev && PLACE_PREPOSITIONS.has(prev)) evidence.place += 2;
  if ((prev === "de" || prev === "d") && [2, 3].some((k) => PLACE_NOUNS.has(before(k) ?? ""))) evidence.place += 3;
  if (prev === "en" || prev === "au" || prev === "aux") evidence.place += 1;
  if (prev && ["la", "le", "les", "l"].includes(prev) && !span.acronym) evidence.place += 0.5;
  // Two or three capitalised words without particles or article: most often a person.
  const plain = words.slice(span.from, span.to).every((w) => isCapitalised(w.text) && !isAcronym(w.text));
  // "Il Giornale", "Der Spiegel": a title of the press, not a person.
  if (FOREIGN_ARTICLES.has(words[span.from].text)) evidence.organization += 1;
  else if (plain && span.to - span.from >= 2 && span.to - span.from <= 4 && !(prev && ["la", "le", "les", "l", "du", "des"].includes(prev))) {
    evidence.person += 1;
  }
  return evidence;
}

/**
 * French names of every row of every document, with where they occur and what surrounds them.
 * A name inside a known glossary name is part of it, not a name of its own: "Giornale" in
 * "Il Giornale", "Corée" in "Corée du Nord" once that is known.
 */
function collectOccurrences(documents: readonly ExtractionDocument[], allFrench: readonly string[], known: GlossaryMatcher): Occurrence[] {
  const mid = midSentenceCapitals(allFrench);
  const occurrences: Occurrence[] = [];
  for (const doc of documents) {
    doc.rows.forEach((row, r) => {
      for (const paragraph of row.fr) {
        if (paragraph.kind === "credit") continue; // "KCNA VIA KNS/AFP", "POOL/AFP/Archives"
        const { words, spans } = findNameSpans(paragraph.text, (w) => mid.has(w));
        const text = normalizeText(paragraph.text);
        const knownRanges = known.find(text);
        const inKnown = (span: NameSpan) =>
          knownRanges.some((m) => m.start < words[span.to - 1].end && words[span.from].start < m.end);
        const coordinated = (a: NameSpan, b: NameSpan) => /^(?:, | et | ou )$/.test(text.slice(words[a.to - 1].end, words[b.from].start));
        for (const [j, span] of spans.entries()) {
          if (inKnown(span)) continue;
          const neighbours = [spans[j - 1], spans[j + 1]]
            .filter((other, side) => other && (side === 0 ? coordinated(other, span) : coordinated(span, other)))
            .map((other) => other.text);
          occurrences.push({ form: span.text, slug: doc.slug, row: r, evidence: kindEvidence(span, words, text), neighbours });
        }
      }
    });
  }
  return occurrences;
}

interface Group {
  forms: Map<string, number>;
  occurrences: Occurrence[];
}

/** Union of spellings of one name: same folded key, or a small transliteration difference. */
function groupSpellings(occurrences: Occurrence[]): Group[] {
  const groups: Group[] = [];
  for (const occurrence of occurrences) {
    const group = groups.find((g) => [...g.forms.keys()].some((f) => sameNameSpelling(f, occurrence.form)));
    if (group) {
      group.forms.set(occurrence.form, (group.forms.get(occurrence.form) ?? 0) + 1);
      group.occurrences.push(occurrence);
    } else {
      groups.push({ forms: new Map([[occurrence.form, 1]]), occurrences: [occurrence] });
    }
  }
  return groups;
}

function guessKind(group: Group): GlossaryKind {
  const total: Record<GlossaryKind, number> = { person: 0, place: 0, organization: 0, other: 0 };
  for (const o of group.occurrences) for (const k of Object.keys(total) as GlossaryKind[]) total[k] += o.evidence[k];
  const [best, score] = (Object.entries(total) as [GlossaryKind, number][]).sort((a, b) => b[1] - a[1])[0];
  return score > 0 ? best : "other";
}

/**
 * A name with no evidence of its own takes the kind its coordinated names agree on:
 * in "accusée par Kiev, Séoul et Washington", the places make Kiev one too.
 */
function kindsWithNeighbours(groups: Group[]): Map<Group, GlossaryKind> {
  const kinds = new Map(groups.map((g) => [g, guessKind(g)]));
  const groupOf = new Map<string, Group>();
  for (const g of groups) for (const f of g.forms.keys()) groupOf.set(f, g);
  for (let pass = 0; pass < 2; pass++) {
    for (const g of groups) {
      if (kinds.get(g) !== "other") continue;
      const votes = new Map<GlossaryKind, number>();
      for (const o of g.occurrences) {
        for (const n of o.neighbours) {
          const kind = kinds.get(groupOf.get(n)!);
          if (kind && kind !== "other") votes.set(kind, (votes.get(kind) ?? 0) + 1);
        }
      }
      const best = [...votes.entries()].sort((a, b) => b[1] - a[1]);
      if (best.length && (best.length === 1 || best[0][1] > best[1][1])) kinds.set(g, best[0][0]);
    }
  }
  return kinds;
}

const wordCount = (form: string) => foldForMatch(form).split(" ").length;

/** The form to show: the longest spelling, then the most frequent, then the first seen. */
function canonicalForm(group: Group): string {
  return [...group.forms.entries()].sort((a, b) => wordCount(b[0]) - wordCount(a[0]) || b[1] - a[1])[0][0];
}

/**
 * Surnames alone ("Choïgou", "Macron", "M. Kim") join the one person whose full name
 * starts or ends with them; when two people share it, it stays apart.
 */
function attachShortForms(groups: Group[], kinds: Map<Group, GlossaryKind>): Group[] {
  const people = groups.filter((g) => kinds.get(g) === "person" && wordCount(canonicalForm(g)) >= 2);
  const kept: Group[] = [];
  for (const group of groups) {
    const single = [...group.forms.keys()].every((f) => wordCount(f) === 1);
    if (!single || isAcronym(canonicalForm(group))) {
      kept.push(group);
      continue;
    }
    const owners = people.filter((p) =>
      [...p.forms.keys()].some((f) => {
        const words = foldForMatch(f).split(" ");
        return [...group.forms.keys()].some((s) => sameNameSpelling(s, words[0]) || sameNameSpelling(s, words[words.length - 1]));
      }),
    );
    if (owners.length === 1) {
      for (const [form, n] of group.forms) owners[0].forms.set(form, (owners[0].forms.get(form) ?? 0) + n);
      owners[0].occurrences.push(...group.occurrences);
    } else {
      kept.push(group);
    }
  }
  return kept;
}

/**
 * Candidate glossary entries from the French side of the given documents, with an English
 * form proposed from their aligned English. `allFrench` (every French paragraph known)
 * tells common words at a sentence start from names; names the glossary `known` already
 * holds, under any spelling, are left out.
 */
export function extractCandidates(
  documents: readonly ExtractionDocument[],
  known: readonly GlossaryTerm[] = [],
  allFrench: readonly string[] = documents.flatMap((d) => d.rows.flatMap((r) => r.fr.map((p) => p.text))),
): ExtractedCandidate[] {
  const matcher = new GlossaryMatcher(known, "fr");
  const occurrences = collectOccurrences(documents, allFrench, matcher);
  let groups = groupSpellings(occurrences);
  groups = attachShortForms(groups, new Map(groups.map((g) => [g, guessKind(g)])));
  const kinds = kindsWithNeighbours(groups);

  const englishByRow: EnglishIndex = new Map();
  const frenchByRow = new Map<string, Set<string>>();
  const englishMid = midSentenceCapitals(documents.flatMap((d) => d.rows.flatMap((r) => r.en.map((p) => p.text))));
  for (const doc of documents) {
    doc.rows.forEach((row, r) => {
      if (row.en.length) {
        const names = new Set(row.en.flatMap((p) => [...englishNames(p.text, (w) => englishMid.has(w))]));
        englishByRow.set(rowKey(doc.slug, r), names);
      }
    });
  }
  for (const o of occurrences) {
    const key = rowKey(o.slug, o.row);
    frenchByRow.set(key, (frenchByRow.get(key) ?? new Set()).add(o.form));
  }

  const isKnown = (form: string) => {
    const match = matcher.find(form);
    return match.length === 1 && match[0].start === 0 && match[0].end === form.length;
  };
  const order = documents.map((d) => d.slug);
  const common = lowerCaseWords(allFrench);
  const oneWordNames = groups.flatMap((g) => [...g.forms.keys()]).filter((f) => !f.includes(" "));
  const proposed = groups
    .filter((g) => ![...g.forms.keys()].some(isKnown))
    .filter((g) => ![...g.forms.keys()].every((f) => isCommonWord(f, common) || isDemonymOf(f, oneWordNames)))
    .map((g) => ({ group: g, fr: canonicalForm(g) }));
  const english = proposeEnglishForms(
    proposed.map(({ group, fr }) => ({ forms: [...group.forms.keys()], canonical: fr, rows: [...new Set(group.occurrences.map((o) => rowKey(o.slug, o.row)))] })),
    englishByRow,
    frenchByRow,
  );
  return proposed.map(({ group: g, fr: canonical }, i) => {
    const slugs = new Set(g.occurrences.map((o) => o.slug));
    const en = english[i];
    const fr = withFrenchArticle(canonical, en);
    let kind = kinds.get(g)!;
    // PIB → GDP: the acronym of a common noun names no organisation, in either language.
    if (isAcronym(fr) && isCommonNounAcronym(fr, allFrench)) kind = "other";
    // Written as an acronym in English (Insee → INSEE, Otan → NATO): an organisation's name.
    else if (en && isAcronym(en.replace(/[\s.&-]/g, "")) && kind !== "person") kind = "organization";
    return {
      fr,
      kind,
      variants: [...g.forms.keys()].filter((f) => f !== fr),
      en,
      documents: order.filter((s) => slugs.has(s)),
      occurrences: g.occurrences.length,
    };
  });
}

/**
 * "Havre" (read in "au Havre", "du Havre", "Le Havre" opening a sentence) is "Le Havre"
 * when English keeps the French article: English keeps it only when it is part of the name.
 */
function withFrenchArticle(fr: string, en: string | null): string {
  const article = en && /^(Le|La|Les) (?=\p{Lu})/u.exec(en)?.[1];
  if (!article || withoutArticle(fr) !== fr || !sameNameSpelling(fr, withoutArticle(en))) return fr;
  return `${article} ${fr}`;
}

/**
 * Acronyms of common nouns, not of organisations: PIB (produit intérieur brut), TVA, PME.
 * A few are listed; others are known by their expansion in lower case in the text.
 */
const COMMON_ACRONYMS = new Set(["PIB", "TVA", "PME", "ONG", "IVG", "PMA", "OGM", "HLM", "SDF", "PDG", "QG", "IA", "CDD", "CDI", "RSA", "SMIC", "BTP", "VTC", "DRH", "PV"]);
const EXPANSION_LINKS = new Set(["de", "du", "des", "d", "l", "la", "le", "les", "et", "à", "en", "pour", "sur"]);

/**
 * "le produit intérieur brut (PIB)", "la TVA (taxe sur la valeur ajoutée)": an acronym
 * spelt out in lower case is a common noun's. The words before "(PIB)" or inside the
 * parentheses after "PIB (" are read, links (de, la…) left out.
 */
function isCommonNounAcronym(acronym: string, texts: readonly string[]): boolean {
  if (COMMON_ACRONYMS.has(acronym)) return true;
  const initials = (words: string[]) => words.filter((w) => !EXPANSION_LINKS.has(w.toLowerCase())).map((w) => w[0]).join("");
  const spelt = (words: string[]) => /^\p{Ll}/u.test(words[0] ?? "") && stripDiacritics(initials(words)).toUpperCase() === acronym;
  for (const text of texts) {
    const norm = normalizeText(text);
    for (let at = norm.indexOf(acronym); at >= 0; at = norm.indexOf(acronym, at + 1)) {
      if (norm[at - 1] === "(" && norm[at + acronym.length] === ")") {
        const before = norm.slice(0, at - 1).split(/[\s']+/).filter(Boolean);
        for (let n = acronym.length; n <= acronym.length * 2 && n <= before.length; n++) if (spelt(before.slice(-n))) return true;
      }
      const after = /^ \(([^()]+)\)/.exec(norm.slice(at + acronym.length));
      if (after && spelt(after[1].split(/[\s']+/))) return true;
    }
  }
  return false;
}

/** Every word written in lower case somewhere in the French text. */
function lowerCaseWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const w of splitWords(text)) if (/^\p{Ll}/u.test(w.text)) words.add(w.text);
  return words;
}

/**
 * Plural nouns of inhabitants (les Parisiens, des Ukrainiennes, les Européens, les Marseillaises):
 * they name people of a place, not the place.
 */
const DEMONYM = /\p{Ll}(?:iens|iennes|éens|éennes|ains|aines|aises|oises|ites)$/u;

/** Endings of the names of inhabitants, singular or plural: Lyonnais, Québécoise, Parisien, Coréens. */
const DEMONYM_ENDING = /(?:ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ain|aine|ains|aines)$/u;

/** Lyonnais beside Lyon, Parisien beside Paris: a place's name with an inhabitant's ending. */
function isDemonymOf(form: string, names: readonly string[]): boolean {
  if (form.includes(" ") || !DEMONYM_ENDING.test(form)) return false;
  const folded = foldForMatch(form);
  return names.some((n) => {
    const place = foldForMatch(n);
    const stem = place.slice(0, Math.max(4, place.length - 1));
    return place.length >= 4 && place.length < folded.length && folded.startsWith(stem);
  });
}

/**
 * A one-word form that is a common word capitalised: a demonym (Parisiens), or a word the
 * French text also writes in lower case (Défense beside "la défense", Français beside
 * "français"). Acronyms are never common words.
 */
function isCommonWord(form: string, lowerCase: Set<string>): boolean {
  if (form.includes(" ") || isAcronym(form)) return false;
  if (DEMONYM.test(form)) return true;
  const lower = form.toLocaleLowerCase("fr");
  return lower !== form && form.length >= 4 && lowerCase.has(lower);
}
