import { CORE_LEXICON } from "./core-lexicon";
import type { Lexicon } from "./learn";
import { englishStems, frenchStems } from "./stems";

/** Translations kept per French stem, from the words sharing it (porte, porter). */
const MAX_TRANSLATIONS = 4;

/**
 * A word list ("word<TAB>translation,translation" a line, commonest first) as a lexicon of
 * stems: each word's first translation, pooled over the words that share a stem. The
 * others matched common English words by chance more often than they found a translation
 * (bench, report half: news-test2008 strict F1 0.961 with every translation, 0.967 with
 * the first; out of distribution 0.984 and 0.986). A line whose French word is a stop word
 * or too short, or whose first translation is, gives nothing.
 */
export function parseWordList(text: string): Lexicon {
  const lexicon = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    const [word, translations] = line.split("\t");
    if (!translations) continue;
    // Running text splits "aujourd'hui" at the apostrophe; its first part keys as the whole does.
    const fr = frenchStems(word.replace(/['’-]/g, ""));
    const en = englishStems(translations.split(",")[0]);
    if (fr.length !== 1 || en.length !== 1) continue;
    const list = lexicon.get(fr[0]) ?? [];
    if (!list.includes(en[0]) && list.length < MAX_TRANSLATIONS) list.push(en[0]);
    lexicon.set(fr[0], list);
  }
  return lexicon;
}

let core: Lexicon | undefined;

/**
 * The project's own core word list (core-lexicon.ts): lexical evidence for every text,
 * on an empty library and without FreeDict. Parsed once per process.
 */
export function coreLexicon(): Lexicon {
  return (core ??= parseWordList(CORE_LEXICON));
}
