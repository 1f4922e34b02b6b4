/**
 * Words as full-text search sees them, on both databases and here alike: runs of letters
 * and digits (apostrophes, hyphens, spaces and every other sign separate them), compared
 * without case or diacritics, with the ligatures œ, æ and ß spelt out. SQLite's FTS5
 * index (`unicode61 remove_diacritics 2`) and PostgreSQL's (`search_fold`) cut and fold
 * the stored text the same way (prisma/migrations/20261127140000_full_text_search), so a
 * query's words, folded here, find what the index holds, and the spans marked in a text
 * are the words the index matched.
 */

/** A word of a text, with its place in it (UTF-16 offsets, as JavaScript counts). */
export interface Word {
  start: number;
  end: number;
  /** The word folded for comparison (see foldWord). */
  folded: string;
}

// Combining marks belong to the word they follow (text in NFD keeps its words whole).
const WORD = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{M}]*/gu;
const MARKS = /\p{M}+/gu;

/** Lower case, no diacritics, ligatures spelt out: Choïgou → choigou, Cœur → coeur, Straße → strasse. */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(MARKS, "").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss");
}

/** The words of a text, in order. Cost: O(length). */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ start: match.index, end: match.index + match[0].length, folded: foldWord(match[0]) });
  }
  return words;
}
