import { foldForMatch, normalizeText } from "../text/normalize";
import { isCapitalised } from "../text/capitals";
import { findNameSpans, nameSimilarity, NOT_NAMES, withoutArticle } from "./names";

/**
 * English forms for French names, read from the aligned English: by spelling when the
 * name is transliterated (Choïgou → Shoigu), else by association — the English name that
 * keeps turning up in the counterparts of the French name's paragraphs, more often than
 * chance would have it (Espagne → Spain, Pays-Bas → Netherlands, La Haye → The Hague).
 */

/** A French name as extraction grouped it: its spellings and the aligned rows it occurs in. */
export interface NameGroup {
  forms: readonly string[];
  /** The form shown (longest spelling). */
  canonical: string;
  /** Keys of the rows it occurs in (see rowKey). */
  rows: readonly string[];
}

/** English names of each row that has English, by row key. */
export type EnglishIndex = Map<string, Set<string>>;
export const rowKey = (slug: string, row: number) => `${slug}\u0000${row}`;

/** Below this, a spelling is not "alike" (Koursk/Kursk: 1, Espagne/Spain: 0.67). */
const MIN_NAME_SIMILARITY = 0.75;
/** An English name this close to another French name of the same row belongs to that one. */
const OTHER_NAME_SIMILARITY = 0.6;
/** Log-likelihood ratio (G²) an association must reach: 3.84 is chance at p = 0.05. */
const MIN_ASSOCIATION = 3.84;
/** Dice coefficient between the rows of the French name and of the English one. */
const MIN_DICE = 0.5;
/** Spellings this close do not tell two equally associated English names apart. */
const SIMILARITY_TIE = 0.15;

/** Capitalised in English, lower case in French: never the English form of a French name. */
const ENGLISH_CALENDAR = new Set(
  ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
   "july", "august", "september", "october", "november", "december"],
);

/** Capitalised English sequences of a text and their runs of 1 to 4 words ("Russia's" gives "Russia"). */
export function englishNames(text: string, seenMidSentence: (word: string) => boolean): Set<string> {
  const names = new Set<string>();
  const { words, spans } = findNameSpans(text, seenMidSentence);
  const norm = normalizeText(text);
  for (const span of spans) {
    for (let i = span.from; i < span.to; i++) {
      for (let j = i + 1; j <= Math.min(span.to, i + 4); j++) {
        if (words.slice(i, j).every((w) => NOT_NAMES.has(foldForMatch(w.text)) || !isCapitalised(w.text))) continue;
        if (!isCapitalised(words[i].text) || !isCapitalised(words[j - 1].text)) continue;
        if (words.slice(i, j).some((w) => ENGLISH_CALENDAR.has(w.text.toLowerCase()))) continue;
        names.add(norm.slice(words[i].start, words[j - 1].end));
      }
    }
  }
  return names;
}

/** Similarity of two names without the articles that open them (Le Caire ~ Cairo, Le Havre ~ Le Havre). */
const similarity = (fr: string, en: string) => nameSimilarity(withoutArticle(fr), withoutArticle(en));
const wordCount = (name: string) => name.split(/\s+/).length;
/** "hague" inside "the hague": one name's words a run of the other's. */
const isRunOf = (part: string, whole: string) => part !== whole && ` ${whole} `.includes(` ${part} `);

/**
 * Dunning's log-likelihood ratio for a 2×2 table of rows: `both` hold the French and the
 * English name, `french` and `english` the one alone, `neither` none. High when they
 * occur together more than their frequencies explain.
 */
export function logLikelihood(both: number, french: number, english: number, neither: number): number {
  const n = both + french + english + neither;
  const cell = (observed: number, row: number, column: number) => (observed > 0 ? observed * Math.log((observed * n) / (row * column)) : 0);
  const withFrench = both + french;
  const withoutFrench = english + neither;
  const withEnglish = both + english;
  const withoutEnglish = french + neither;
  return (
    2 *
    (cell(both, withFrench, withEnglish) + cell(french, withFrench, withoutEnglish) + cell(english, withoutFrench, withEnglish) + cell(neither, withoutFrench, withoutEnglish))
  );
}

/**
 * By spelling: in at least half of the rows where the name occurs (all, when two or
 * fewer), the English holds a name spelt alike under transliteration; the English name
 * closest to the canonical form is proposed (longest on a tie: "Le Havre" over "Havre").
 */
function bySpelling(group: NameGroup, rows: readonly string[], english: EnglishIndex): string | null {
  const needed = rows.length <= 2 ? rows.length : Math.ceil(rows.length / 2);
  const alike = (name: string) => group.forms.some((f) => similarity(f, name) >= MIN_NAME_SIMILARITY);
  if (rows.filter((k) => [...english.get(k)!].some(alike)).length < needed) return null;
  const best = rows
    .flatMap((k) => [...english.get(k)!])
    .map((name) => ({ name, similarity: similarity(group.canonical, name), words: wordCount(name) }))
    .sort((a, b) => b.similarity - a.similarity || b.words - a.words)[0];
  return best && best.similarity >= MIN_NAME_SIMILARITY ? best.name : null;
}

interface Pair {
  group: number;
  /** The English name, folded (the key), and as written. */
  key: string;
  name: string;
  association: number;
  similarity: number;
}

/** Positive when `a` is the better pair: stronger association, then (same English name, longer run) the whole name, then closer spelling. */
function better(a: Pair, b: Pair): number {
  if (Math.abs(a.association - b.association) > 1e-9) return a.association - b.association;
  // "International Atomic Energy Agency" over its run "International Atomic".
  if (a.group === b.group && (isRunOf(a.key, b.key) || isRunOf(b.key, a.key))) return wordCount(a.key) - wordCount(b.key);
  return a.similarity - b.similarity || wordCount(a.key) - wordCount(b.key);
}

/**
 * One English form per French name, or null when the aligned English does not make one
 * evident. First by spelling; then the other names are linked to English names by
 * association (competitive linking, after Melamed 2000): every pair of a French name and
 * an English name of its rows is scored by the log-likelihood ratio of their rows, and the
 * best pair is linked first, each name at most once, so that in "… en Allemagne … en
 * Espagne" / "… in Germany … in Spain" Spain, closer in spelling, goes to Espagne and
 * Germany to Allemagne. An English name that another French name of the row explains by
 * spelling is not a candidate; a tie nothing breaks proposes nothing.
 */
export function proposeEnglishForms(groups: readonly NameGroup[], english: EnglishIndex, frenchByRow: Map<string, Set<string>>): (string | null)[] {
  const rowsWithNames = groups.map((g) => g.rows.filter((k) => english.get(k)?.size));
  const proposals = groups.map((g, i) => (rowsWithNames[i].length ? bySpelling(g, rowsWithNames[i], english) : null));

  // Rows of each English name, by folded key.
  const rowsOfName = new Map<string, Set<string>>();
  const written = new Map<string, string>();
  for (const [row, names] of english) {
    for (const name of names) {
      const key = foldForMatch(name);
      rowsOfName.set(key, (rowsOfName.get(key) ?? new Set()).add(row));
      if (!written.has(key)) written.set(key, name);
    }
  }
  const total = english.size;
  // Names proposed, and every run of their words: "hague" once "the hague" is taken.
  const taken = new Set<string>();
  const take = (key: string) => {
    const words = key.split(" ");
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) taken.add(words.slice(i, j).join(" "));
  };
  for (const p of proposals) if (p) take(foldForMatch(p));

  const pairs: Pair[] = [];
  groups.forEach((group, g) => {
    const rows = rowsWithNames[g];
    if (proposals[g] || !rows.length) return;
    const forms = new Set(group.forms);
    const explained = (name: string, row: string) =>
      [...(frenchByRow.get(row) ?? [])].some((f) => !forms.has(f) && nameSimilarity(f, name) >= OTHER_NAME_SIMILARITY);
    const together = new Map<string, number>();
    for (const row of rows) {
      const keys = new Set([...english.get(row)!].filter((name) => !explained(name, row)).map(foldForMatch));
      for (const key of keys) together.set(key, (together.get(key) ?? 0) + 1);
    }
    for (const [key, both] of together) {
      const withEnglish = rowsOfName.get(key)!.size;
      const expected = (rows.length * withEnglish) / total;
      if (both <= expected || (2 * both) / (rows.length + withEnglish) < MIN_DICE || both * 2 < rows.length) continue;
      const association = logLikelihood(both, rows.length - both, withEnglish - both, total - rows.length - withEnglish + both);
      if (association < MIN_ASSOCIATION) continue;
      pairs.push({ group: g, key, name: written.get(key)!, association, similarity: similarity(group.canonical, written.get(key)!) });
    }
  });
  pairs.sort((a, b) => better(b, a));
  const byGroup = new Map<number, Pair[]>();
  const byKey = new Map<string, Pair[]>();
  for (const p of pairs) {
    byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p]);
    byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  }
  const linked = new Set<number>();
  const free = (p: Pair) => !linked.has(p.group) && !taken.has(p.key);
  const neighbours = (p: Pair) => [...byGroup.get(p.group)!, ...byKey.get(p.key)!].filter((q) => q !== p && free(q));
  // A rival: another free pair sharing the French or the English name, as strongly associated
  // and about as close in spelling (a longer or shorter run of the same English name is no rival).
  const isRival = (p: Pair, q: Pair) =>
    (q.group !== p.group || (!isRunOf(q.key, p.key) && !isRunOf(p.key, q.key))) &&
    Math.abs(q.association - p.association) < 1e-9 &&
    Math.abs(q.similarity - p.similarity) < SIMILARITY_TIE;
  for (let progress = true; progress; ) {
    progress = false;
    for (const p of pairs) {
      if (!free(p)) continue;
      const others = neighbours(p);
      // A better pair for either name, left aside as a tie, must be settled first.
      if (others.some((q) => better(q, p) > 0 || isRival(p, q))) continue;
      proposals[p.group] = p.name;
      linked.add(p.group);
      take(p.key);
      progress = true;
      break;
    }
  }
  return proposals;
}
