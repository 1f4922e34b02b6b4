import type { Db } from "../../db/client";
import type { Lexicon } from "./learn";
import { FREEDICT_DIR, readFreedict } from "./freedict";
import { loadLexicon } from "./store";

/**
 * The bilingual dictionary the aligner may lean on besides the library's learned lexicon:
 * FreeDict's French–English one when Debian's dict-freedict-fra-eng is installed (it is
 * never required). ALIGN_DICTIONARY=off goes without it; ALIGN_DICTIONARY=DIR reads it
 * from another folder. Read once per process.
 */
let cached: { key: string; lexicon: Lexicon | null } | undefined;

export function installedDictionary(): Lexicon | null {
  const setting = process.env.ALIGN_DICTIONARY ?? "";
  if (setting === "off") return null;
  if (cached?.key !== setting) cached = { key: setting, lexicon: readFreedict(setting || FREEDICT_DIR) };
  return cached.lexicon;
}

/**
 * A lexicon with the dictionary's translations after its own: what the library learned
 * speaks for its own texts first; the dictionary covers words it has not seen.
 */
export function withDictionary(lexicon: Lexicon = new Map(), dictionary = installedDictionary()): Lexicon {
  if (!dictionary?.size) return lexicon;
  const merged = new Map<string, readonly string[]>(dictionary);
  for (const [stem, learned] of lexicon) merged.set(stem, [...new Set([...learned, ...(dictionary.get(stem) ?? [])])]);
  return merged;
}

/** What the aligner uses for words in a library: its learned lexicon, then the dictionary. */
export async function loadAlignLexicon(db: Db): Promise<Lexicon> {
  return withDictionary(await loadLexicon(db));
}
