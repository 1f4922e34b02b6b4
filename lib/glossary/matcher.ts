import { foldForMatch } from "../text/normalize";
import type { GlossaryEntryInput } from "./entry-schema";

export type Lang = "fr" | "en";

/** A glossary entry as matching needs it. */
export interface GlossaryTerm extends GlossaryEntryInput {
  id: number;
}

/** A glossary name found in a text: [start, end) are offsets into the original string. */
export interface GlossaryMatch {
  start: number;
  end: number;
  entryId: number;
  /** The entry's form that matched (canonical or variant), as written in the glossary. */
  form: string;
}

interface Token {
  start: number;
  end: number;
  key: string;
  /** All capitals in the original ("US", "KCNA"): such forms only match capitals. */
  upper: boolean;
}

interface Pattern {
  entryId: number;
  form: string;
  tokens: Token[];
}

// Letters, digits and combining marks; apostrophes, hyphens, dots and spaces separate
// tokens, so "l'Otan" holds the token "Otan", "Russia's" holds "Russia" and
// "Kim Jong-Un" is "Kim Jong Un".
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      key: foldForMatch(word),
      upper: word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase(),
    });
  }
  return tokens;
}

/**
 * Finds glossary names in text: case, diacritics, hyphens and spaces do not matter
 * (Choïgou/Choigou, Kim Jong-Un/Kim Jong Un), French elision and English possessives are
 * seen through (l'Otan, d'Ukraine, Russia's), acronyms match only in capitals (US is not
 * "us"), and a name never matches inside a word. Where names overlap, the longest wins
 * (Corée du Nord before Corée); each match names exactly one entry.
 */
export class GlossaryMatcher {
  private readonly byFirstToken = new Map<string, Pattern[]>();

  constructor(entries: readonly GlossaryTerm[], lang: Lang) {
    for (const entry of entries) {
      const forms = new Set([entry[lang], ...(entry.variants?.[lang] ?? [])]);
      for (const form of forms) {
        const tokens = tokenize(form);
        if (!tokens.length) continue;
        const list = this.byFirstToken.get(tokens[0].key) ?? [];
        list.push({ entryId: entry.id, form, tokens });
        this.byFirstToken.set(tokens[0].key, list);
      }
    }
    // Longest first; among equals, the earliest entry, so that results are stable.
    for (const list of this.byFirstToken.values()) {
      list.sort((a, b) => b.tokens.length - a.tokens.length || a.entryId - b.entryId);
    }
  }

  find(text: string): GlossaryMatch[] {
    const tokens = tokenize(text);
    const matches: GlossaryMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const pattern = this.byFirstToken.get(tokens[i].key)?.find((p) => this.matchesAt(p, tokens, i));
      if (!pattern) {
        i++;
        continue;
      }
      const last = tokens[i + pattern.tokens.length - 1];
      matches.push({ start: tokens[i].start, end: last.end, entryId: pattern.entryId, form: pattern.form });
      i += pattern.tokens.length;
    }
    return matches;
  }

  private matchesAt(pattern: Pattern, tokens: readonly Token[], at: number): boolean {
    if (at + pattern.tokens.length > tokens.length) return false;
    return pattern.tokens.every((t, k) => {
      const token = tokens[at + k];
      return token.key === t.key && (!t.upper || token.upper);
    });
  }
}
