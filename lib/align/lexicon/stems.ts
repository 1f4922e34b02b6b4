import { ENGLISH_STOPWORDS, FRENCH_STOPWORDS } from "../../text/stopwords";
import { foldWord } from "../tokens";

/** Letters a stem keeps: enough to tell most words apart, few enough to join inflections (économie, économique; economy, economic). */
export const STEM_LENGTH = 5;
const MIN_WORD = 3;

const WORD = /[A-Za-z\u00C0-\u024F]+/g;

function stems(text: string, stopwords: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const raw of text.match(WORD) ?? []) {
    const word = foldWord(raw).replace(/[^a-z]/g, "");
    if (word.length < MIN_WORD || stopwords.has(word)) continue;
    out.add(word.slice(0, STEM_LENGTH));
  }
  return [...out];
}

/** The distinct content-word stems of a French text. */
export const frenchStems = (text: string) => stems(text, FRENCH_STOPWORDS);
/** The distinct content-word stems of an English text. */
export const englishStems = (text: string) => stems(text, ENGLISH_STOPWORDS);
