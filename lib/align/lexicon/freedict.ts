import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Lexicon } from "./learn";
import { englishStems, frenchStems, type StemMemo } from "./stems";

/** Where Debian's dict-freedict-fra-eng installs FreeDict's French–English dictionary. */
export const FREEDICT_DIR = "/usr/share/dictd";
const DICT_FILE = "freedict-fra-eng.dict.dz";
/**
 * Translations kept per French stem: the dictionary gives the commonest senses first.
 * (Three a headword and eight a stem, for stems headwords share, did no better.)
 */
const MAX_TRANSLATIONS = 4;
/** A translation of more words than this is a paraphrase ("to knock down"), not a word's. */
const MAX_TRANSLATION_WORDS = 2;

/**
 * FreeDict's French–English dictionary in `dir` (dictd format: a gzip-compatible
 * .dict.dz) as a lexicon of stems, or null when it is not there.
 */
export function readFreedict(dir: string): Lexicon | null {
  const file = path.join(dir, DICT_FILE);
  if (!fs.existsSync(file)) return null;
  return parseFreedict(zlib.gunzipSync(fs.readFileSync(file)).toString("utf8"));
}

/**
 * Entries are a headword line ("abattre /abatʁ/ <v>") followed by lines of translations,
 * separated by commas or semicolons, sometimes numbered by sense. Only single-word
 * headwords and translations of one content word are kept: a phrase's words translate
 * nothing on their own, and the aligner compares stems, not phrases.
 */
export function parseFreedict(text: string): Lexicon {
  const lexicon = new Map<string, string[]>();
  // Translations repeat their words across entries: each is stemmed once (every command
  // that aligns an article reads the dictionary at start).
  const englishMemo: StemMemo = new Map();
  for (const entry of text.split(/\n(?=[^\s/][^/\n]* \/[^/\n]+\/(?:\s+<[^>\n]*>)?[ \t]*\n)/)) {
    const [head, ...lines] = entry.split("\n");
    const headword = head.replace(/\s*\/.*$/, "").trim();
    const fr = frenchStems(headword);
    if (fr.length !== 1 || /\s/.test(headword)) continue;
    const translations = lexicon.get(fr[0]) ?? [];
    for (const phrase of lines.map((l) => l.replace(/^\s*\d+\.\s*/, "")).join(",").split(/[,;]/)) {
      const words = phrase.replace(/\(.*?\)/g, "").trim();
      const en = englishStems(words, englishMemo);
      if (en.length !== 1 || words.split(/\s+/).length > MAX_TRANSLATION_WORDS || translations.includes(en[0])) continue;
      if (translations.length < MAX_TRANSLATIONS) translations.push(en[0]);
    }
    if (translations.length) lexicon.set(fr[0], translations);
  }
  return lexicon;
}
