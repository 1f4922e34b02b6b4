import type { Db } from "../db/client";
import { loadGlossaryTerms } from "../glossary/load-terms";
import { GlossaryMatcher, type GlossaryMatch, type GlossaryTerm, type Lang } from "../glossary/matcher";
import { VersionedCache } from "./versioned-cache";

/** Paragraph texts whose matches are kept per language; the oldest go first beyond it. */
export const MAX_CACHED_TEXTS = 20_000;

/**
 * The glossary's matchers, with the matches of each paragraph text remembered. Matching
 * is the reader's main cost (≈0.1 ms a paragraph: every word is case- and accent-folded),
 * and the same texts are read again and again; the cache is keyed by the text itself, so
 * an edited paragraph is matched afresh, and it lives as long as its glossary version (readerGlossary).
 */
export class GlossaryIndex {
  private readonly matchers: Record<Lang, GlossaryMatcher>;
  private readonly cache: Record<Lang, Map<string, GlossaryMatch[]>> = { fr: new Map(), en: new Map() };

  constructor(
    terms: readonly GlossaryTerm[],
    private readonly limit = MAX_CACHED_TEXTS,
  ) {
    this.matchers = { fr: new GlossaryMatcher(terms, "fr"), en: new GlossaryMatcher(terms, "en") };
  }

  find(lang: Lang, text: string): GlossaryMatch[] {
    const cache = this.cache[lang];
    let matches = cache.get(text);
    if (!matches) {
      matches = this.matchers[lang].find(text);
      if (cache.size >= this.limit) cache.delete(cache.keys().next().value!);
      cache.set(text, matches);
    }
    return matches;
  }
}

/** The glossary as the reader uses it: its terms, and their index with remembered matches. */
export interface ReaderGlossary {
  terms: GlossaryTerm[];
  index: GlossaryIndex;
}

// Two versions at most: the current one, and the one requests started before a change still use.
const glossaries = new VersionedCache<ReaderGlossary>(2);

/**
 * The glossary at `version` (lib/db/versions.ts glossaryVersion, which triggers move on
 * every change of an entry or variant): loaded and indexed once per version and process.
 */
export function readerGlossary(db: Db, version: number): Promise<ReaderGlossary> {
  return glossaries.get(String(version), async () => {
    const terms = await loadGlossaryTerms(db);
    return { terms, index: new GlossaryIndex(terms) };
  });
}
