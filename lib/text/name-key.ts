import { foldForMatch } from "./normalize";

/**
 * Names across French and English transliterations (of Russian, Ukrainian, Korean, Arabic
 * names): Choïgou ~ Shoigu, Zelensky ~ Zelenskyy ~ Zelenski, Koursk ~ Kursk, Moscou ~
 * Moscow, Poutine ~ Putin. One rule set and one key, used by the glossary's name
 * comparison (lib/glossary/names.ts) and, cut to consonants (Kiev ~ Kyiv), by the
 * aligner's name evidence (lib/align/tokens.ts).
 */

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The transliteration pairs, in order, each written the one way: the French spelling is
 * often the English one with ou for u, ch for sh, j for zh, i for y, and a final e.
 */
const RULES: readonly [RegExp, string][] = [
  // French gu before e and i is a hard g: Sergueï ~ Sergei.
  [/gue/g, "ge"],
  [/gui/g, "gi"],
  [/ou/g, "u"],
  [/sch|sh/g, "ch"],
  [/zh/g, "j"],
  [/kh/g, "h"],
  [/ph/g, "f"],
  [/ck|q/g, "k"],
  // Moscow ~ Moscou (a word's final ow, before w ~ v: Lavrov ~ Lawrow).
  [/ow\b/g, "u"],
  [/w/g, "v"],
  [/y/g, "i"],
  [/e\b/g, ""],
  [/(.)\1+/g, "$1"],
];

/**
 * The key two spellings of one name share: folded (lower case, no accents: ï ~ i),
 * hyphens as spaces (Kim Jong-Un ~ Kim Jong Un), a possessive 's dropped, only letters,
 * digits and spaces, then the transliteration pairs written one way and doubled letters
 * made single (Zelenskyy ~ Zelensky ~ Zelenski, Zaporijjia ~ Zaporizhzhia). Vowels are
 * kept: Paris and Peres, Milan and Moulin stay apart, and how far apart two spellings
 * are can be measured on their keys.
 */
export function nameKey(name: string): string {
  const folded = NON_ASCII.test(name) ? foldForMatch(name) : name.toLowerCase().replace(/-/g, " ");
  let s = folded
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/ +/g, " ")
    .trim();
  for (const [pattern, replacement] of RULES) s = s.replace(pattern, replacement);
  return s;
}

const NOT_CONSONANT = /[^b-df-hj-np-tv-z]/g;

/**
 * Looser than nameKey: each word of the key cut to its first letter and consonants, since
 * vowels are where transliterations differ most (Kiev ~ Kyiv: "kv", Kharkov ~ Kharkiv).
 * For evidence that tolerates a collision now and then (the aligner weighs names by
 * rarity and position); short names collide often (Moon ~ Mun ~ Min, Paris ~ Peres).
 */
export function nameSkeleton(name: string): string {
  let skeleton = "";
  for (const word of nameKey(name).split(" ")) {
    if (!word) continue;
    skeleton += (skeleton ? " " : "") + (word[0] + word.slice(1).replace(NOT_CONSONANT, "")).replace(/(.)\1+/g, "$1");
  }
  return skeleton;
}
