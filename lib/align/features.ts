import { GlossaryMatcher, type GlossaryTerm } from "../glossary/matcher";
import type { ParagraphKind } from "../text/paragraph-kind";
import { monthKeys, numberKeys, quoteKeys, wordKeys, wordKeysOf, type WordMemo } from "./tokens";
import type { Lexicon } from "./lexicon/learn";
import { englishStems, frenchStems, type StemMemo } from "./lexicon/stems";
import { countQuestions, countSentences } from "./sentence-count";
import type { AlignParagraph } from "./types";

/** How much one shared key of each class is worth, before rarity (see tokens.ts for the classes). */
export type EvidenceWeights = Record<"n" | "m" | "q" | "c" | "g" | "w" | "x" | "l", number>;

/**
 * Where the fit starts (bench/align-dev/fit-params.ts), and the weights of callers that
 * pass none (the aligner passes its constants'). `w`, a shared content word of a
 * machine translation, is not fitted (the dev set holds none): a machine translation says
 * which paragraph an English one translates better than lengths do, so the fit sets each
 * shared word at twice a shared spelling (`x`).
 */
export const DEFAULT_EVIDENCE_WEIGHTS: EvidenceWeights = { n: 1.2, m: 0.4, q: 1.0, c: 1.0, g: 1.2, w: 0.7, x: 0.2, l: 0.3 };
/**
 * Rarity is capped: past a few dozen paragraphs, how rare a key is in the whole text says
 * nothing more about whether two neighbouring paragraphs share it by chance.
 */
const MAX_RARITY = 3;
/**
 * Weak keys (cognates, lexicon translations) kept per paragraph, the rarest first, as a
 * function of its length: run costs walk every key of up to four paragraphs for each
 * candidate link, weak keys are most of the keys, and the rarest carry the information.
 * Names and numbers are all kept.
 */
const weakKept = (chars: number) => 6 + Math.floor(chars / 40);

/** Values of Features.weak: a cognate key, a lexicon key. */
export const COGNATE_KEY = 1;
export const LEXICON_KEY = 2;

/** Kinds grouped by how they pair up: a heading pairs with a heading, a caption with a caption. */
export const KIND_CLASS: Record<ParagraphKind, number> = { title: 1, heading: 1, dateline: 2, caption: 4, credit: 8, body: 16 };

/** One side's paragraphs reduced to what link costs need, in flat arrays. */
export interface SideFeatures {
  count: number;
  /** Prefix sums of paragraph lengths in characters: length of [a, b) is len[b] - len[a]. */
  len: Float64Array;
  /** Prefix sums of sentence counts (lib/align/sentence-count.ts): translators mostly keep sentences whole. */
  sentences: Float64Array;
  /** Prefix sums of question counts (countQuestions). */
  questions: Float64Array;
  kindClass: Uint8Array;
  kinds: ParagraphKind[];
  /** Sorted ids of the keys each paragraph shares with some paragraph of the other side. */
  keys: Int32Array[];
  /** Prefix sums of the weights of those keys. */
  weight: Float64Array;
  /**
   * For each paragraph, LONE_CLASSES.length counts each: keys of that class it holds
   * that the other side lacks, capped at 255. Anywhere on the other side, even on a long
   * text (withLocalKeys leaves them): counted from where the band expects the counterpart,
   * a band on the wrong copy of recurring content made every paragraph cheap to leave
   * alone, and a 50,000-paragraph text fell from 0.964 to 0.768.
   */
  lone: Uint8Array;
  /** The same counts for keys of those classes the other side has (all of them, even past weakKept). */
  found: Uint8Array;
}

/**
 * Classes of keys whose absence from the other side says a paragraph has no counterpart:
 * a translation keeps numbers and names, and most long words have a look-alike. On the
 * fit cases, 1% of linked paragraphs hold a number the other side lacks, against 18% of
 * French and 33% of English paragraphs left alone.
 */
export const LONE_CLASSES = ["n", "c", "x"] as const;
export type LoneClass = (typeof LONE_CLASSES)[number];
const loneClassOf = (key: string) => LONE_CLASSES.indexOf(key[0] as LoneClass);

export interface Features {
  fr: SideFeatures;
  en: SideFeatures;
  /** Weight of each key id. */
  keyWeight: Float64Array;
  /** COGNATE_KEY or LEXICON_KEY for weak keys, else 0: evidence that often fails to show even in a true pair. */
  weak: Uint8Array;
  /**
   * English characters per French character over the whole text (clamped to [1/3, 3]):
   * the first guess, before anchors give a better one (band.ts robustRatio).
   */
  readonly ratio: number;
}

/** The lexicon as key lookups: French stem → its translations' keys; English stems the lexicon knows. */
interface LexiconKeys {
  fr: Map<string, string[]>;
  en: Set<string>;
  /** Stems of the words met so far, by side: a text repeats most of its words. */
  frStems: StemMemo;
  enStems: StemMemo;
}

/**
 * Lookups by lexicon, built once per lexicon: sentence alignment calls the aligner once per
 * link with the same core word list (building them each time tripled its time).
 */
const LOOKUPS = new WeakMap<Lexicon, Pick<LexiconKeys, "fr" | "en">>();

function lexiconKeys(lexicon: Lexicon | undefined): LexiconKeys | undefined {
  if (!lexicon?.size) return undefined;
  let lookups = LOOKUPS.get(lexicon);
  if (!lookups) {
    const fr = new Map<string, string[]>();
    const en = new Set<string>();
    for (const [stem, translations] of lexicon) {
      fr.set(stem, translations.map((t) => `l:${t}`));
      for (const t of translations) en.add(t);
    }
    LOOKUPS.set(lexicon, (lookups = { fr, en }));
  }
  return { ...lookups, frStems: new Map(), enStems: new Map() };
}

/**
 * Glossary matchers by glossary, built once per glossary list: sentence alignment calls
 * the aligner once per link, with the same list each time.
 */
const MATCHERS = new WeakMap<readonly GlossaryTerm[], { fr: GlossaryMatcher; en: GlossaryMatcher }>();

function matchersFor(glossary: readonly GlossaryTerm[]): { fr: GlossaryMatcher; en: GlossaryMatcher } {
  let matchers = MATCHERS.get(glossary);
  if (!matchers) MATCHERS.set(glossary, (matchers = { fr: new GlossaryMatcher(glossary, "fr"), en: new GlossaryMatcher(glossary, "en") }));
  return matchers;
}

function keysOf(p: AlignParagraph, side: "fr" | "en", matcher: GlossaryMatcher | undefined, withWords: boolean, memo: WordMemo, lexicon: LexiconKeys | undefined): string[] {
  const keys = numberKeys(p.text);
  keys.push(...monthKeys(p.text), ...quoteKeys(p.text), ...wordKeysOf(p.text, memo));
  if (matcher) for (const m of matcher.find(p.text)) keys.push(`g:${m.entryId}`);
  if (withWords) keys.push(...wordKeys(side === "fr" ? (p.mt ?? "") : p.text));
  if (lexicon && side === "fr") for (const stem of frenchStems(p.text, lexicon.frStems)) keys.push(...(lexicon.fr.get(stem) ?? []));
  if (lexicon && side === "en") for (const stem of englishStems(p.text, lexicon.enStems)) if (lexicon.en.has(stem)) keys.push(`l:${stem}`);
  return keys;
}

/**
 * Extracts the evidence of both sides. Cost: linear in the total text length. Keys found
 * on one side only are kept out of `keys`: they can never match, so they cannot tell links
 * apart; they are only counted by class (`lone`), which tells a paragraph left alone.
 */
export function extractFeatures(
  fr: readonly AlignParagraph[],
  en: readonly AlignParagraph[],
  glossary?: readonly GlossaryTerm[],
  weights: EvidenceWeights = DEFAULT_EVIDENCE_WEIGHTS,
  lexicon?: Lexicon,
): Features {
  const lexiconLookup = lexiconKeys(lexicon);
  const withWords = fr.some((p) => p.mt && p.mt.trim());
  const matchers = glossary?.length ? matchersFor(glossary) : undefined;
  const ids = new Map<string, number>();
  const memo: WordMemo = new Map();
  const dfFr: number[] = [];
  const dfEn: number[] = [];
  // Which paragraph last saw each key: dedupes a paragraph's keys without a Set each.
  const lastSeen: number[] = [];
  let paragraphStamp = 0;
  const raw = (paragraphs: readonly AlignParagraph[], side: "fr" | "en", df: number[]) =>
    paragraphs.map((p) => {
      const stamp = ++paragraphStamp;
      const unique: number[] = [];
      for (const key of keysOf(p, side, matchers?.[side], withWords, memo, lexiconLookup)) {
        let id = ids.get(key);
        // The French side is read first: a key English meets first is English only, and
        // never evidence (with a lexicon or dictionary, most English words are keys); only
        // those of a class `lone` counts are kept, to be counted.
        if (id === undefined && side === "en" && loneClassOf(key) < 0) continue;
        if (id === undefined) {
          id = ids.size;
          ids.set(key, id);
          dfFr.push(0);
          dfEn.push(0);
          lastSeen.push(0);
        }
        if (lastSeen[id] === stamp) continue;
        lastSeen[id] = stamp;
        unique.push(id);
        df[id]++;
      }
      return unique;
    });
  const frKeys = raw(fr, "fr", dfFr);
  const enKeys = raw(en, "en", dfEn);

  const total = fr.length + en.length;
  const keyWeight = new Float64Array(ids.size);
  // Each class of weak key is capped on its own.
  const isWeak = new Uint8Array(ids.size);
  // Index in LONE_CLASSES of each key's class, or -1.
  const loneClass = new Int8Array(ids.size);
  for (const [key, id] of ids) {
    isWeak[id] = key[0] === "x" ? COGNATE_KEY : key[0] === "l" ? LEXICON_KEY : 0;
    loneClass[id] = loneClassOf(key);
    if (!dfFr[id] || !dfEn[id]) continue;
    const rarity = Math.min(MAX_RARITY, Math.log(total / (dfFr[id] + dfEn[id])) + 0.5);
    keyWeight[id] = Math.max(0.1, rarity) * weights[key[0] as keyof EvidenceWeights];
  }
  const side = (paragraphs: readonly AlignParagraph[], sets: number[][]): SideFeatures => {
    const n = paragraphs.length;
    const lone = new Uint8Array(n * LONE_CLASSES.length);
    const found = new Uint8Array(n * LONE_CLASSES.length);
    const len = new Float64Array(n + 1);
    const sentences = new Float64Array(n + 1);
    const questions = new Float64Array(n + 1);
    const weight = new Float64Array(n + 1);
    const kindClass = new Uint8Array(n);
    const kinds: ParagraphKind[] = [];
    const keys: Int32Array[] = [];
    for (let i = 0; i < n; i++) {
      const kind = paragraphs[i].kind ?? "body";
      kinds.push(kind);
      kindClass[i] = KIND_CLASS[kind] ?? KIND_CLASS.body;
      len[i + 1] = len[i] + Math.max(1, paragraphs[i].text.trim().length);
      sentences[i + 1] = sentences[i] + countSentences(paragraphs[i].text);
      questions[i + 1] = questions[i] + countQuestions(paragraphs[i].text);
      for (const id of sets[i]) {
        if (loneClass[id] < 0) continue;
        // All of them, even those weakKept leaves out of `keys`: a long paragraph's share
        // of look-alike words the other side lacks would otherwise be overstated.
        const counts = dfFr[id] && dfEn[id] ? found : lone;
        const at = i * LONE_CLASSES.length + loneClass[id];
        counts[at] = Math.min(255, counts[at] + 1);
      }
      const alignable = sets[i].filter((id) => keyWeight[id] > 0);
      const limit = weakKept(len[i + 1] - len[i]);
      const rarest = (cls: number) => {
        const weak = alignable.filter((id) => isWeak[id] === cls);
        return weak.length > limit ? weak.sort((x, y) => keyWeight[y] - keyWeight[x] || x - y).slice(0, limit) : weak;
      };
      const kept = [...alignable.filter((id) => !isWeak[id]), ...rarest(COGNATE_KEY), ...rarest(LEXICON_KEY)];
      const shared = Int32Array.from(kept).sort();
      keys.push(shared);
      let w = 0;
      for (const id of shared) w += keyWeight[id];
      weight[i + 1] = weight[i] + w;
    }
    return { count: n, len, sentences, questions, kindClass, kinds, keys, weight, lone, found };
  };
  const frSide = side(fr, frKeys);
  const enSide = side(en, enKeys);
  const ratio = frSide.len[fr.length] > 0 && enSide.len[en.length] > 0 ? enSide.len[en.length] / frSide.len[fr.length] : 1;
  return { fr: frSide, en: enSide, keyWeight, weak: isWeak, ratio: Math.min(3, Math.max(1 / 3, ratio)) };
}

/** Whether two sorted id lists have an id in common: a merge that stops at the first. */
export function sharesAny(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}

/**
 * Paragraphs apart beyond which a key shared with the other side says nothing about a
 * link: on a long text nearly every word is found on the other side somewhere, and
 * counting such keys as unmatched evidence would make every link look poor.
 */
export const LOCAL_WINDOW = 20;

/**
 * The features with, for each paragraph, only the keys found on the other side within
 * LOCAL_WINDOW paragraphs of where this paragraph's counterpart is expected (by linear
 * interpolation between the knots: cells (French boundary, English boundary) the
 * alignment goes through, from (0, 0) to (n, m)); `f` itself is left as it is. Short texts
 * keep everything. Cost: O(keys log keys).
 */
export function withLocalKeys(f: Features, knots: readonly [number, number][]): Features {
  const n = f.fr.count;
  const m = f.en.count;
  if (n <= LOCAL_WINDOW && m <= LOCAL_WINDOW) return f;
  const where = (side: SideFeatures) => {
    const positions = new Map<number, number[]>();
    side.keys.forEach((keys, i) => {
      for (const id of keys) {
        const list = positions.get(id);
        if (list) list.push(i);
        else positions.set(id, [i]);
      }
    });
    return positions;
  };
  const frAt = where(f.fr);
  const enAt = where(f.en);
  /** Expected index on the other side of paragraph x, knots read as (this side, other side). */
  const expect = (x: number, pairs: readonly [number, number][]) => {
    let lo = 0;
    let hi = pairs.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid][0] <= x) lo = mid;
      else hi = mid;
    }
    const [x0, y0] = pairs[lo];
    const [x1, y1] = pairs[hi];
    return x1 > x0 ? y0 + ((x - x0) * (y1 - y0)) / (x1 - x0) : y0;
  };
  const near = (sorted: number[], at: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < at - LOCAL_WINDOW) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo] <= at + LOCAL_WINDOW;
  };
  const local = (side: SideFeatures, other: Map<number, number[]>, pairs: readonly [number, number][]): SideFeatures => {
    const keys: Int32Array[] = [];
    const weight = new Float64Array(side.count + 1);
    for (let i = 0; i < side.count; i++) {
      const at = expect(i + 0.5, pairs);
      const kept = side.keys[i].filter((id) => near(other.get(id) ?? [], at));
      keys.push(kept);
      let w = 0;
      for (let k = 0; k < kept.length; k++) w += f.keyWeight[kept[k]];
      weight[i + 1] = weight[i] + w;
    }
    return { ...side, keys, weight };
  };
  return { ...f, fr: local(f.fr, enAt, knots), en: local(f.en, frAt, knots.map(([i, j]): [number, number] => [j, i])) };
}
