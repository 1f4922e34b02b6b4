import { UserError } from "../errors";
import type { FullTextTerm } from "../db/dialect/types";
import { foldWord } from "./words";

/**
 * A search as typed, read forgivingly: words, "quoted phrases" (a quote left open runs to
 * the end), `word*` for words that start so. Words joined by an apostrophe or a hyphen
 * are a phrase of their own (l'Otan, Jong-Un). Any other sign separates words and none
 * is syntax: `"`, `*`, `-`, `NEAR`, `OR` or `(` never reach the database's query language
 * as such. Every term must occur in a row (in its French or its English) for the row to match.
 */
export interface SearchQuery {
  /** What was typed, trimmed. */
  text: string;
  /** Distinct terms, in the order typed; none when the text has no word at all. */
  terms: FullTextTerm[];
}

export const MAX_QUERY_LENGTH = 300;
export const MAX_TERMS = 10;
/** A prefix shorter than this (`a*`) would match most of the library: it counts as a whole word. */
export const MIN_PREFIX_LENGTH = 2;

/** A search that cannot be run: a one-line reason naming the field, and which limit it passed (for pages to say in their language). */
export class SearchQueryError extends UserError {
  constructor(
    message: string,
    readonly reason: "tooLong" | "tooManyTerms",
    readonly limit: number,
  ) {
    super(message);
  }
}

// A quote (a closing one may take a star), or a run of word characters with what joins
// them (l'Otan, Jong-Un) and a star.
const TOKEN = /"\*?|[\p{L}\p{N}\p{Co}\p{M}]+(?:['’‑-][\p{L}\p{N}\p{Co}\p{M}]+)*\*?/gu;
const WORD = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{M}]*/gu;

const wordsIn = (chunk: string) => [...chunk.matchAll(WORD)].map((m) => foldWord(m[0])).filter(Boolean);

function term(words: string[], star: boolean): FullTextTerm | null {
  if (!words.length) return null;
  return { words, prefix: star && words[words.length - 1].length >= MIN_PREFIX_LENGTH };
}

/**
 * Reads a search. `field` names the input in errors (`q`, `find`). Throws SearchQueryError
 * for a search too long to be one (over MAX_QUERY_LENGTH characters or MAX_TERMS terms).
 */
export function parseSearchQuery(input: string, field = "q"): SearchQuery {
  const text = input.trim();
  if (text.length > MAX_QUERY_LENGTH) throw new SearchQueryError(`${field}: a search is at most ${MAX_QUERY_LENGTH} characters (this one has ${text.length})`, "tooLong", MAX_QUERY_LENGTH);
  const terms: FullTextTerm[] = [];
  const add = (found: FullTextTerm | null) => {
    if (found && !terms.some((t) => t.prefix === found.prefix && t.words.join(" ") === found.words.join(" "))) terms.push(found);
  };
  let phrase: string[] | null = null;
  let phraseStar = false;
  for (const [token] of text.matchAll(TOKEN)) {
    if (token.startsWith('"')) {
      if (phrase) add(term(phrase, phraseStar || token.endsWith("*")));
      phrase = phrase ? null : [];
      phraseStar = false;
      continue;
    }
    const star = token.endsWith("*");
    if (phrase) {
      phrase.push(...wordsIn(token));
      phraseStar = star;
    } else {
      add(term(wordsIn(token), star));
    }
  }
  if (phrase) add(term(phrase, phraseStar));
  if (terms.length > MAX_TERMS) throw new SearchQueryError(`${field}: a search has at most ${MAX_TERMS} words or phrases (this one has ${terms.length})`, "tooManyTerms", MAX_TERMS);
  return { text, terms };
}
