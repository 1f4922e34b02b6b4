import { foldForMatch } from "../text/normalize";
import { isCapitalised } from "../text/capitals";
import { nameSkeleton } from "../text/name-key";
import { ENGLISH_STOPWORDS, FRENCH_STOPWORDS } from "../text/stopwords";

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * foldForMatch for one word, fast on the common case: plain ASCII words only need lower
 * case. Features are extracted from every word of every paragraph, so this matters on
 * long texts.
 */
export function foldWord(word: string): string {
  return NON_ASCII.test(word) ? foldForMatch(word) : word.toLowerCase();
}

// Evidence keys extracted from one paragraph's text. Every key is a string with a
// one-letter class prefix so that classes never collide: n: numbers, m: months,
// q: quoted strings, c: capitalised names, x: shared spellings of long words (cognates),
// g: glossary entries, w: content words of a machine translation.

/** "20 000", "20,000", "10.000", "1,9", "1.9", "2025". */
const NUMBER = /(?<![A-Za-z0-9\u00C0-\u024F.,])\d{1,3}(?:[ \u00A0\u202F.,]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?/g;

/** A number with its separators normalized: 20 000 ~ 20,000 ~ 10.000-style, 1,9 ~ 1.9. */
export function normalizeNumber(raw: string): string {
  const groups = raw.replace(/[ \u00A0\u202F]/g, " ").split(/[ .,]/);
  if (groups.length === 1) return stripZeros(groups[0]);
  const last = groups[groups.length - 1];
  // A final group of exactly three digits after a separator is a thousands group
  // (10.000, 20,000, 20 000); anything else after the last separator is a decimal part.
  if (last.length === 3) return stripZeros(groups.join(""));
  return `${stripZeros(groups.slice(0, -1).join(""))}.${last}`;
}

const stripZeros = (digits: string) => digits.replace(/^0+(?=\d)/, "");

/** A word after a number that multiplies it: "50 mille" is written "50,000" in English (not "mille-pattes"). */
const THOUSAND_AFTER = /^[ \u00A0\u202F]*(?:mille|thousand)\b(?!-)/i;
/** "les années 90" is "the 1990s", also written "the 90s" or "the '90s". */
const DECADE_BEFORE = /ann[ée]es[ \u00A0\u202F]+$/i;
const DECADE_AFTER = /^s\b/;

/** The number keys of a text, in both languages' ways of writing the same number. */
export function numberKeys(text: string): string[] {
  const keys: string[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    let value = normalizeNumber(m[0]);
    const end = m.index + m[0].length;
    // Only under a thousand: "en 1998 mille manifestants" is a year, then a count.
    if (Number(value) < 1000 && THOUSAND_AFTER.test(text.slice(end, end + 12))) value = String(Math.round(Number(value) * 1000));
    else if (/^\d0$/.test(value) && (DECADE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || DECADE_AFTER.test(text.slice(end, end + 2)))) {
      value = `19${value}`;
    }
    keys.push(`n:${value}`);
  }
  return keys;
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Month names in either language ("juin" ~ "June"); "may"/"mai" only with a capital or next to a number. */
const MONTH_WORD = /(\d{1,2}\s+)?(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december)(?![a-zA-Z\u00C0-\u024F])(\s+\d{4})?/gi;

export function monthKeys(text: string): string[] {
  const keys: string[] = [];
  if (!/\d/.test(text)) return keys; // a month counts only in a date (a day or a year next to it, or elsewhere in the paragraph)
  for (const m of text.matchAll(MONTH_WORD)) {
    if (m.index > 0 && /[a-zA-Z\u00C0-\u024F]/.test(text[m.index - 1])) continue;
    const word = foldWord(m[2]);
    const month = MONTHS[word];
    if (!month) continue;
    const ambiguous = word === "may" || word === "mai" || word === "mars" || word === "march";
    if (ambiguous && !m[1] && !m[3]) continue;
    keys.push(`m:${month}`);
  }
  return keys;
}

const QUOTED = /«\s*([^»]{2,200}?)\s*»|"([^"]{2,200}?)"|“([^”]{2,200}?)”/g;

/**
 * Quoted strings. Quotations are usually translated, so the words inside rarely match;
 * names and titles quoted in the original language do ("Freedom Shield"), and a quotation
 * on one side usually has one on the other (the q:* key).
 */
export function quoteKeys(text: string): string[] {
  const keys: string[] = [];
  if (!/[«"“]/.test(text)) return keys;
  for (const m of text.matchAll(QUOTED)) {
    keys.push("q:*");
    const inner = foldForMatch(m[1] ?? m[2] ?? m[3] ?? "");
    if (inner.length >= 4) keys.push(`q:${inner}`);
  }
  return keys;
}

/**
 * Capitalised words that are sentence furniture in either language, not names: a
 * capital at the start of a sentence says nothing about what the paragraph is about.
 * Titles before a name too. Kept, as a capital makes them names: "New" (New York, New
 * Delhi), "Est" (l'Est ~ the East) and "IS" (the Islamic State).
 */
const NAMES_WITH_A_CAPITAL = new Set(["new", "est", "is"]);
/**
 * Months and days, which English writes with a capital and French without: dates
 * (monthKeys), not names, else every English date would be a name French lacks.
 */
const CALENDAR_WORDS = [
  ...Object.keys(MONTHS),
  ..."monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche".split(" "),
];
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...FRENCH_STOPWORDS, ...ENGLISH_STOPWORDS, ...CALENDAR_WORDS, "m", "mme", "mr", "mrs", "ms", "dr"].filter((w) => !NAMES_WITH_A_CAPITAL.has(w)),
);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*/gu;

/** Per-word results worth remembering: names and long words recur all through a text. */
export type WordMemo = Map<string, string | null>;

/**
 * Words in Latin, Greek or Cyrillic letters: without the u flag's property classes this
 * runs several times faster, and it is run on every word of every paragraph.
 */
const FAST_WORD = /[A-Za-z\u00C0-\u024F\u0370-\u04FF][A-Za-z0-9\u00C0-\u024F\u0300-\u036F\u0370-\u04FF]*/g;

const COGNATE_MIN = 7;
const COGNATE_PREFIX = 5;

function wordKey(word: string): string | null {
  if (isCapitalised(word)) {
    if (word.length < 2 || FUNCTION_WORDS.has(foldWord(word))) return null;
    const name = nameSkeleton(word);
    return name.length >= 2 ? `c:${name}` : null;
  }
  // Shared spellings of longer lower-case words (inflation, économistes ~ economists):
  // weak evidence, common in neighbouring paragraphs too, so it counts only by rarity.
  return word.length >= COGNATE_MIN ? `x:${foldWord(word).slice(0, COGNATE_PREFIX)}` : null;
}

/**
 * Keys from the words of a text: capitalised words that are not sentence furniture give
 * name keys (c:), words of seven letters or more give cognate keys (x:, their first five
 * letters). One pass, with a memo shared by the whole text.
 */
export function wordKeysOf(text: string, memo: WordMemo = new Map()): string[] {
  const keys: string[] = [];
  for (const word of text.match(FAST_WORD) ?? []) {
    let key = memo.get(word);
    if (key === undefined) memo.set(word, (key = wordKey(word)));
    if (key) keys.push(key);
  }
  return keys;
}

/** Name keys only (the c: keys of wordKeysOf). */
export function capitalisedKeys(text: string): string[] {
  return wordKeysOf(text).filter((k) => k.startsWith("c:"));
}

/** English content words, cut to a stem of 5 letters: compares a machine translation with the English. */
export function wordKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = foldWord(m[0]).replace(/[^a-z0-9]/g, "");
    if (word.length < 3 || ENGLISH_STOPWORDS.has(word)) continue;
    keys.push(`w:${word.slice(0, 5)}`);
  }
  return keys;
}
