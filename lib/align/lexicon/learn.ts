import { englishStems, frenchStems } from "./stems";

/** An aligned French–English pair to learn from; confirmed pairs weigh more than the aligner's own links. */
export interface LexiconPair {
  fr: string;
  en: string;
  weight: number;
}

export interface LexiconEntryData {
  fr: string;
  en: string;
  /** Dice association: 2 * pairs(fr, en) / (pairs(fr) + pairs(en)), weighted. */
  score: number;
  pairs: number;
}

/** French stem → English stems it translates to, strongest first. */
export type Lexicon = ReadonlyMap<string, readonly string[]>;

/** A pair of stems must be seen together in at least this much pair weight: once is chance. */
const MIN_PAIRS = 2;
const MIN_DICE = 0.25;
const MAX_TRANSLATIONS = 3;
/** Stems of one paragraph considered, the rarest first: bounds the work per pair. */
const MAX_STEMS = 40;

/**
 * A French–English stem table from aligned pairs: Dice association of stems that occur
 * in the same pairs, the best MAX_TRANSLATIONS per French stem over MIN_DICE. Cost:
 * O(pairs * MAX_STEMS²) time, memory for the co-occurring stem pairs seen at least twice.
 */
export function learnLexicon(pairs: readonly LexiconPair[]): LexiconEntryData[] {
  const tokenized = pairs.map((p) => ({ fr: frenchStems(p.fr), en: englishStems(p.en), weight: p.weight }));
  const frCount = new Map<string, number>();
  const enCount = new Map<string, number>();
  for (const p of tokenized) {
    for (const s of p.fr) frCount.set(s, (frCount.get(s) ?? 0) + p.weight);
    for (const s of p.en) enCount.set(s, (enCount.get(s) ?? 0) + p.weight);
  }
  // Ids for stems seen often enough to pass MIN_PAIRS; numeric keys keep the counting fast.
  const ids = new Map<string, number>();
  const names: string[] = [];
  const idOf = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = names.push(s) - 1));
    return id;
  };
  const STRIDE = 1 << 21;
  const together = new Map<number, number>();
  const keep = (stems: string[], counts: Map<string, number>, prefix: string) =>
    stems
      .filter((s) => (counts.get(s) ?? 0) >= MIN_PAIRS)
      .sort((x, y) => counts.get(x)! - counts.get(y)! || (x < y ? -1 : 1))
      .slice(0, MAX_STEMS)
      .map((s) => idOf(prefix + s));
  for (const p of tokenized) {
    const fr = keep(p.fr, frCount, "f:");
    const en = keep(p.en, enCount, "e:");
    for (const f of fr) for (const e of en) together.set(f * STRIDE + e, (together.get(f * STRIDE + e) ?? 0) + p.weight);
  }
  const byFrench = new Map<string, LexiconEntryData[]>();
  for (const [key, both] of together) {
    if (both < MIN_PAIRS) continue;
    const fr = names[Math.floor(key / STRIDE)].slice(2);
    const en = names[key % STRIDE].slice(2);
    const score = (2 * both) / (frCount.get(fr)! + enCount.get(en)!);
    if (score < MIN_DICE) continue;
    if (!byFrench.has(fr)) byFrench.set(fr, []);
    byFrench.get(fr)!.push({ fr, en, score: Math.round(score * 1e4) / 1e4, pairs: both });
  }
  const entries: LexiconEntryData[] = [];
  for (const list of byFrench.values()) entries.push(...list.sort((x, y) => y.score - x.score || (x.en < y.en ? -1 : 1)).slice(0, MAX_TRANSLATIONS));
  return entries.sort((x, y) => (x.fr < y.fr ? -1 : x.fr > y.fr ? 1 : y.score - x.score));
}

/** The entries as the aligner reads them. */
export function toLexicon(entries: readonly LexiconEntryData[]): Lexicon {
  const lexicon = new Map<string, string[]>();
  for (const e of [...entries].sort((x, y) => y.score - x.score)) {
    if (!lexicon.has(e.fr)) lexicon.set(e.fr, []);
    lexicon.get(e.fr)!.push(e.en);
  }
  return lexicon;
}
