/** Lower-case prefixes of Arabic and other names, which count as a capital: al-Assad, el-Sissi, ben-Gourion. */
const NAME_PREFIX = /^(?:al|el|ad|ibn|bin|ben|abu|abou)-\p{Lu}/u;
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * Whether a word is written with a capital, as names are (Macron, Élysée, Шойгу,
 * al-Assad). ASCII words, most of a text, are told by their first character alone: the
 * aligner asks this of every distinct word of every text.
 */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return c >= 97 && c <= 122 && NAME_PREFIX.test(word);
  return UPPER_FIRST.test(word);
}

/** Capitals and digits only, at least two characters and a letter first: KCNA, G7, not 2025 or A. */
export const isAcronym = (w: string) => w.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(w) && /\p{Lu}/u.test(w) && !/^\p{N}/u.test(w);
