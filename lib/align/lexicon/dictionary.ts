import type { Lexicon } from "./learn";
import { FREEDICT_DIR, readFreedict } from "./freedict";
import { coreLexicon } from "./word-list";

/**
 * The bilingual dictionary the aligner may lean on besides the library's learned lexicon
 * and the core word list:
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
 * Paragraphs a side past which a text goes without word lists (the core list and the
 * dictionary): their keys cost time on every paragraph (the file command on 5,000
 * paragraphs a side takes 1.7 s with them; on 10,000 without them 1.06 s, under the 1.5 s
 * it must keep), and long texts carry names and numbers enough to stay within 0.006 of
 * their 1,000-paragraph pieces aligned with them.
 */
export const DICTIONARY_MAX_PARAGRAPHS = 5_000;

/**
 * Share of French paragraphs that repeat an earlier one word for word past which a text
 * goes without word lists: in text whose articles recur (wire digests, archives) they
 * made alignment worse (bench, news-test2008 articles recurring, 1,000 paragraphs: strict
 * F1 0.972 without, 0.962 with; 72% of paragraphs repeated), where on text of several
 * articles that do not recur they help (+0.002 to +0.005 from 100 to 3,000 paragraphs,
 * -0.001 once). A few articles recurring once or twice (300 paragraphs, 40% repeated)
 * still gain.
 */
export const RECURRING_MAX_SHARE = 0.5;

/** Paragraphs of fewer words are left out of the count: "Photo :", "* * *" and "Q :" recur in any text. */
const MIN_COUNTED_WORDS = 4;

/** Share of the paragraphs of MIN_COUNTED_WORDS words or more whose text repeats an earlier one's. */
export function repeatedShare(paragraphs: readonly { text: string }[]): number {
  const seen = new Set<string>();
  let counted = 0;
  let repeated = 0;
  for (const p of paragraphs) {
    const text = p.text.trim();
    if (text.split(/\s+/).length < MIN_COUNTED_WORDS) continue;
    counted++;
    if (seen.has(text)) repeated++;
    else seen.add(text);
  }
  return counted ? repeated / counted : 0;
}

/**
 * The lexicon a text is aligned with: the library's, then the project's core word list,
 * then the dictionary; the library's alone when the text is too long for word lists or
 * its content recurs.
 */
export function lexiconFor(learned: Lexicon, fr: readonly { text: string }[], en: readonly { text: string }[], dictionary?: Lexicon | null): Lexicon {
  if (Math.max(fr.length, en.length) > DICTIONARY_MAX_PARAGRAPHS || repeatedShare(fr) > RECURRING_MAX_SHARE) return learned;
  return withDictionary(withDictionary(learned, coreLexicon()), dictionary === undefined ? installedDictionary() : dictionary);
}

const merged = new WeakMap<Lexicon, { dictionary: Lexicon; lexicon: Lexicon }>();

/**
 * A lexicon with the dictionary's words it lacks: a stem the lexicon knows keeps its own
 * translations (what the library learned speaks for its own texts; the core list is what a
 * translator writes), and the dictionary covers the stems it has not seen. Pooling both
 * lists' translations of a stem did worse (bench: report strict F1 0.979 pooled, 0.982
 * filling gaps, with a learned lexicon and the core list): more translations a stem, more
 * chance matches. Merged once per lexicon (aligning a library aligns many documents with
 * the same one).
 */
export function withDictionary(lexicon: Lexicon, dictionary: Lexicon | null): Lexicon {
  if (!dictionary?.size) return lexicon;
  // An empty library's lexicon: the dictionary itself, so that what is built per lexicon
  // (features.ts's lookups) is built once, not once per text.
  if (!lexicon.size) return dictionary;
  const known = merged.get(lexicon);
  if (known?.dictionary === dictionary) return known.lexicon;
  const both = new Map<string, readonly string[]>([...dictionary, ...lexicon]);
  merged.set(lexicon, { dictionary, lexicon: both });
  return both;
}
