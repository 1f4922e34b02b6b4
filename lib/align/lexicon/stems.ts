import { ENGLISH_STOPWORDS, FRENCH_STOPWORDS } from "../../text/stopwords";
import { foldWord } from "../tokens";

/** Letters a stem keeps: enough to tell most words apart, few enough to join inflections (économie, économique; economy, economic). */
export const STEM_LENGTH = 5;
const MIN_WORD = 3;

const WORD = /[A-Za-z\u00C0-\u024F]+/g;

/** Each distinct word's stem (null: too short or a stop word), so that a long text stems a word once. */
export type StemMemo = Map<string, string | null>;

function stems(text: string, stopwords: ReadonlySet<string>, memo?: StemMemo): string[] {
  const out = new Set<string>();
  for (const raw of text.match(WORD) ?? []) {
    let stem = memo?.get(raw);
    if (stem === undefined) {
      const word = foldWord(raw).replace(/[^a-z]/g, "");
      stem = word.length < MIN_WORD || stopwords.has(word) ? null : word.slice(0, STEM_LENGTH);
      memo?.set(raw, stem);
    }
    if (stem) out.add(stem);
  }
  return [...out];
}

/** The distinct content-word stems of a French text. */
export const frenchStems = (text: string, memo?: StemMemo) => stems(text, FRENCH_STOPWORDS, memo);
/** The distinct content-word stems of an English text. */
export const englishStems = (text: string, memo?: StemMemo) => stems(text, ENGLISH_STOPWORDS, memo);
