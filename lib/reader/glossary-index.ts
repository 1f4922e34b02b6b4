import { createHash } from "node:crypto";
import { GlossaryMatcher, type GlossaryMatch, type GlossaryTerm, type Lang } from "../glossary/matcher";

/** Paragraph texts whose matches are kept per language; the oldest go first beyond it. */
export const MAX_CACHED_TEXTS = 20_000;

/**
 * The glossary's matchers, with the matches of each paragraph text remembered. Matching
 * is the reader's main cost (≈0.1 ms a paragraph: every word is case- and accent-folded),
 * and the same texts are read again and again; the cache is keyed by the text itself, so
 * an edited paragraph is matched afresh, and it lives as long as the glossary is unchanged.
 */
export class GlossaryIndex {
  private readonly matchers: Record<Lang, GlossaryMatcher>;
  private readonly cache: Record<Lang, Map<string, GlossaryMatch[]>> = { fr: new Map(), en: new Map() };

  constructor(
    terms: readonly GlossaryTerm[],
    readonly fingerprint: string = glossaryFingerprint(terms),
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

/** Changes whenever an entry, a form or a variant does. */
export function glossaryFingerprint(terms: readonly GlossaryTerm[]): string {
  const forms = terms.map((t) => [t.id, t.fr, t.en, t.variants?.fr ?? [], t.variants?.en ?? []]);
  return createHash("sha256").update(JSON.stringify(forms)).digest("hex");
}

let current: GlossaryIndex | null = null;

/** The process's index for this glossary: reused while the glossary is unchanged. */
export function glossaryIndexFor(terms: readonly GlossaryTerm[]): GlossaryIndex {
  const fingerprint = glossaryFingerprint(terms);
  if (current?.fingerprint !== fingerprint) current = new GlossaryIndex(terms, fingerprint);
  return current;
}
