import { GlossaryMatcher, type GlossaryTerm, type Lang } from "../../glossary/matcher";
import { foldForMatch } from "../../text/normalize";

/** The matcher's words: letters, digits and marks (see lib/glossary/matcher.ts). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Folded words remembered; beyond it the memory starts afresh. */
const MAX_FOLDED_WORDS = 50_000;

/** A word as the matcher compares it: folded, and whether it is written in capitals. */
interface Word {
  key: string;
  upper: boolean;
}

/** A form of an entry as words. */
interface Form {
  entryId: number;
  words: Word[];
}

/**
 * The glossary entries a book names, found paragraph by paragraph as the book is written.
 *
 * Running the glossary matcher on every paragraph costs about 0.1 ms each (it folds case
 * and accents of every word, and builds a match list): 20 s for a 100,000-link document.
 * Here words are folded once and remembered, and the paragraph's words are walked as the
 * matcher walks them (longest form first at each word, capitals for acronyms); only when
 * that walk meets an entry not found yet does the paragraph go to the matcher itself,
 * which has the last word. Once every name of a document has been met, paragraphs cost
 * a few map look-ups.
 */
export class NamedEntries {
  private readonly found = new Set<number>();
  private readonly matchers: Record<Lang, GlossaryMatcher>;
  /** Folded first word → the forms starting with it, longest first, per language. */
  private readonly forms: Record<Lang, Map<string, Form[]>> = { fr: new Map(), en: new Map() };
  private readonly folded = new Map<string, Word>();

  constructor(private readonly terms: readonly GlossaryTerm[]) {
    this.matchers = { fr: new GlossaryMatcher(terms, "fr"), en: new GlossaryMatcher(terms, "en") };
    for (const term of terms) {
      for (const lang of ["fr", "en"] as const) {
        for (const form of new Set([term[lang], ...(term.variants?.[lang] ?? [])])) {
          const words = this.words(form);
          if (!words.length) continue;
          const list = this.forms[lang].get(words[0].key) ?? [];
          list.push({ entryId: term.id, words });
          this.forms[lang].set(words[0].key, list);
        }
      }
    }
    for (const byFirst of Object.values(this.forms)) {
      for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || a.entryId - b.entryId);
    }
  }

  /** Notes the entries named in `text`, a paragraph in `lang`. */
  scan(lang: Lang, text: string): void {
    if (this.found.size === this.terms.length) return;
    const forms = this.forms[lang];
    const words = this.words(text);
    for (let i = 0; i < words.length; ) {
      const form = forms.get(words[i].key)?.find((f) => f.words.every((w, k) => words[i + k]?.key === w.key && (!w.upper || words[i + k].upper)));
      if (!form) {
        i++;
      } else if (this.found.has(form.entryId)) {
        i += form.words.length;
      } else {
        for (const match of this.matchers[lang].find(text)) this.found.add(match.entryId);
        return;
      }
    }
  }

  /** The entries found so far, in the glossary's order. */
  entries(): GlossaryTerm[] {
    return this.terms.filter((t) => this.found.has(t.id));
  }

  /** The words of `text` as the matcher sees them (lib/glossary/matcher.ts, tokenize). */
  private words(text: string): Word[] {
    const words: Word[] = [];
    for (const [word] of text.matchAll(WORD)) {
      let folded = this.folded.get(word);
      if (folded === undefined) {
        if (this.folded.size >= MAX_FOLDED_WORDS) this.folded.clear();
        folded = { key: foldForMatch(word), upper: word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase() };
        this.folded.set(word, folded);
      }
      words.push(folded);
    }
    return words;
  }
}
