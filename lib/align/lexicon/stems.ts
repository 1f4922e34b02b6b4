import { foldWord } from "../tokens";

/** Letters a stem keeps: enough to tell most words apart, few enough to join inflections (économie, économique; economy, economic). */
export const STEM_LENGTH = 5;
const MIN_WORD = 3;

const FRENCH_STOPWORDS = new Set(
  (
    "les des une dans pour par sur avec sans sous entre vers chez selon depuis pendant avant apres lors mais donc car que qui quoi dont " +
    "est sont etait etaient ete etre avoir avait avaient ont sera seront aurait fait faire peut peuvent doit cette ces son ses leur leurs " +
    "nous vous ils elles lui eux tout tous toute toutes plus moins tres aussi bien encore deja ainsi comme alors quand meme autre autres " +
    "pas non oui aux ceux celle celles celui cela ceci"
  ).split(" "),
);

const ENGLISH_STOPWORDS = new Set(
  (
    "the and for with from into over about after before during since while when than then that this these those there here which who whom " +
    "what whose are was were been being has have had will would can could should may might must does did not its our their his her they them " +
    "she you your all also very more most some such only just"
  ).split(" "),
);

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
