import type { Lexicon } from "./learn";
import { FREEDICT_DIR, readFreedict } from "./freedict";

/**
 * The bilingual dictionary the aligner may lean on besides the library's learned lexicon:
 * FreeDict's French–English one when Debian's dict-freedict-fra-eng is installed (it is
 * never required). ALIGN_DICTIONARY=off goes without it; ALIGN_DICTIONARY=DIR reads it
 * from another folder. Read once per process, when first needed.
 */
let installed: { setting: string; dictionary: Lexicon | null } | undefined;

export function installedDictionary(): Lexicon | null {
  const setting = process.env.ALIGN_DICTIONARY ?? "";
  if (setting === "off") return null;
  if (installed?.setting !== setting) installed = { setting, dictionary: readOrWarn(setting || FREEDICT_DIR) };
  return installed.dictionary;
}

/** A dictionary that cannot be read (damaged, unreadable) is not worth an alignment: it is left out, once, with a warning. */
function readOrWarn(dir: string): Lexicon | null {
  try {
    return readFreedict(dir);
  } catch (error) {
    console.warn(`aligning without FreeDict's dictionary in ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/**
 * Paragraphs a side past which a text goes without the dictionary: its keys cost about
 * 60 µs a paragraph (0.6 s of a 10,000-paragraph text's 1.1 s through the command), and
 * long texts carry names and numbers enough of their own (bench: +0.002 to +0.004 strict
 * F1 on news texts of 250 to 2,000 paragraphs, +0.003 at 10,000).
 */
export const DICTIONARY_MAX_PARAGRAPHS = 5_000;

/** The lexicon a text of this size is aligned with: the library's, and the dictionary unless the text is too long for it. */
export function lexiconFor(learned: Lexicon, frCount: number, enCount: number, dictionary?: Lexicon | null): Lexicon {
  if (Math.max(frCount, enCount) > DICTIONARY_MAX_PARAGRAPHS) return learned;
  return withDictionary(learned, dictionary === undefined ? installedDictionary() : dictionary);
}

const merged = new WeakMap<Lexicon, { dictionary: Lexicon; lexicon: Lexicon }>();

/**
 * A lexicon with the dictionary's translations after its own: what the library learned
 * speaks for its own texts first; the dictionary covers words it has not seen. Merged
 * once per lexicon (aligning a library aligns many documents with the same one).
 */
export function withDictionary(lexicon: Lexicon, dictionary: Lexicon | null): Lexicon {
  if (!dictionary?.size) return lexicon;
  const known = merged.get(lexicon);
  if (known?.dictionary === dictionary) return known.lexicon;
  const both = new Map<string, readonly string[]>(dictionary);
  for (const [stem, learned] of lexicon) both.set(stem, [...new Set([...learned, ...(dictionary.get(stem) ?? [])])]);
  merged.set(lexicon, { dictionary, lexicon: both });
  return both;
}
