// Alignment cases from line-aligned sentences: the sentences grouped into French
// paragraphs, then the English restructured as news editors do (merges up to 4-1,
// splits up to 1-4, regroupings across a paragraph break (2-2, 2-3), paragraphs dropped
// or added alone or in blocks, two paragraphs given in the opposite order), now and then
// with a sentence cut in two or two joined (reword.ts). The gold links are built with the
// edits, so they are exact.
import { guessKinds } from "../../lib/align/guess-kinds";
import type { AlignParagraph } from "../../lib/align/types";
import type { DevCase, GoldLink, Split } from "./dev-case";
import type { SentencePair, SourceDoc } from "./corpora";
import { seededRandom, weightedPick } from "./random";
import { reword } from "./reword";

/** How heavily the English is edited. */
export const PROFILES = ["mild", "heavy", "omissions", "sentence-level", "swaps"] as const;
export type Profile = (typeof PROFILES)[number];

const OPS = ["keep", "merge2", "merge3", "merge4", "split2", "split3", "split4", "regroup22", "regroup23", "drop", "dropBlock", "add", "addBlock", "swap"] as const;
type Op = (typeof OPS)[number];

/** Probability of each edit at each French paragraph, by profile (the rest is "keep"). */
const RATES: Record<Profile, Partial<Record<Op, number>>> = {
  mild: { merge2: 0.07, split2: 0.07, drop: 0.03, add: 0.03 },
  heavy: { merge2: 0.08, merge3: 0.05, merge4: 0.04, split2: 0.07, split3: 0.05, split4: 0.03, regroup22: 0.06, regroup23: 0.05, drop: 0.03, add: 0.03 },
  omissions: { merge2: 0.04, split2: 0.04, drop: 0.08, dropBlock: 0.04, add: 0.06, addBlock: 0.03 },
  "sentence-level": { merge2: 0.08, merge3: 0.03, drop: 0.06, add: 0.06, dropBlock: 0.02 },
  swaps: { swap: 0.08, merge2: 0.05, split2: 0.05, drop: 0.02, add: 0.02 },
};

/** French paragraph sizes in sentences: 1 to 4, most often 1 or 2. */
const PARAGRAPH_SIZES = [0.35, 0.35, 0.2, 0.1];

function groupFrench(count: number, profile: Profile, random: () => number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < count; ) {
    const size = k === 0 || profile === "sentence-level" ? 1 : 1 + weightedPick(random, PARAGRAPH_SIZES);
    out.push(Array.from({ length: Math.min(size, count - k) }, (_, x) => k + x));
    k += size;
  }
  return out;
}

/** `parts` non-empty runs of `items`, cut at random places other than those in `avoid`. */
function cut<T>(items: T[], parts: number, random: () => number, avoid: number[] = []): T[][] | null {
  const places = Array.from({ length: items.length - 1 }, (_, k) => k + 1).filter((c) => !avoid.includes(c));
  if (places.length < parts - 1) return null;
  for (let k = places.length - 1; k > 0; k--) {
    const x = Math.floor(random() * (k + 1));
    [places[k], places[x]] = [places[x], places[k]];
  }
  const cuts = [0, ...places.slice(0, parts - 1).sort((a, b) => a - b), items.length];
  return cuts.slice(1).map((end, k) => items.slice(cuts[k], end));
}

export interface RestructureOptions {
  profile: Profile;
  seed: number;
  split: Split;
  ood: boolean;
  /** English sentences from other documents, for paragraphs the English adds. */
  filler: string[];
}

/** One case: the document's sentences as French paragraphs, and an edited English. */
export function restructure(doc: SourceDoc, options: RestructureOptions): DevCase {
  const random = seededRandom(options.seed * 7919 + hash(doc.name + options.profile));
  const rewording = seededRandom(options.seed * 7919 + hash(`${doc.name}${options.profile} reword`));
  const S = doc.sentences;
  const F = groupFrench(S.length, options.profile, random);
  const text = (ids: number[], side: keyof SentencePair) => (side === "en" ? reword(ids.map((id) => S[id].en), rewording) : ids.map((id) => S[id].fr).join(" "));
  const en: string[] = [];
  const gold: GoldLink[] = [];
  const rates = RATES[options.profile];
  const weights = OPS.map((op) => (op === "keep" ? 1 - Object.values(rates).reduce((a, b) => a + b, 0) : (rates[op] ?? 0)));
  const span = (start: number, count: number) => Array.from({ length: count }, (_, k) => start + k);
  const addFiller = () => {
    const sentences = 1 + Math.floor(random() * 2);
    gold.push({ fr: [], en: [en.length] });
    en.push(Array.from({ length: sentences }, () => options.filler[Math.floor(random() * options.filler.length)]).join(" "));
  };
  const keep = (k: number) => {
    gold.push({ fr: [k], en: [en.length] });
    en.push(text(F[k], "en"));
  };
  for (let k = 0; k < F.length; ) {
    const op: Op = k === 0 ? "keep" : OPS[weightedPick(random, weights)];
    const left = F.length - k;
    const merge = op === "merge2" ? 2 : op === "merge3" ? 3 : op === "merge4" ? 4 : 0;
    const split = op === "split2" ? 2 : op === "split3" ? 3 : op === "split4" ? 4 : 0;
    if (merge && left >= merge) {
      gold.push({ fr: span(k, merge), en: [en.length] });
      en.push(text(F.slice(k, k + merge).flat(), "en"));
      k += merge;
      continue;
    }
    const parts = split ? cut(F[k], split, random) : null;
    if (parts) {
      gold.push({ fr: [k], en: span(en.length, split) });
      for (const p of parts) en.push(text(p, "en"));
      k++;
      continue;
    }
    if ((op === "regroup22" || op === "regroup23") && left >= 2) {
      const all = [...F[k], ...F[k + 1]];
      const regrouped = cut(all, op === "regroup22" ? 2 : 3, random, [F[k].length]);
      if (regrouped) {
        gold.push({ fr: [k, k + 1], en: span(en.length, regrouped.length) });
        for (const p of regrouped) en.push(text(p, "en"));
        k += 2;
        continue;
      }
    }
    if (op === "drop" || op === "dropBlock") {
      const count = Math.min(left, op === "drop" ? 1 : 2 + Math.floor(random() * 3));
      for (let x = 0; x < count; x++) gold.push({ fr: [k + x], en: [] });
      k += count;
      continue;
    }
    if ((op === "add" || op === "addBlock") && options.filler.length) {
      const count = op === "add" ? 1 : 2 + Math.floor(random() * 2);
      for (let x = 0; x < count; x++) addFiller();
      keep(k++);
      continue;
    }
    if (op === "swap" && left >= 2) {
      gold.push({ fr: [k], en: [en.length + 1] }, { fr: [k + 1], en: [en.length] });
      en.push(text(F[k + 1], "en"), text(F[k], "en"));
      k += 2;
      continue;
    }
    keep(k++);
  }
  return {
    name: `${doc.name}/${options.profile}/seed ${options.seed}`,
    genre: doc.corpus,
    type: options.profile,
    split: options.split,
    ood: options.ood,
    seed: options.seed,
    fr: withKinds(F.map((ids) => text(ids, "fr"))),
    en: withKinds(en),
    gold,
  };
}

export function withKinds(texts: string[]): AlignParagraph[] {
  const kinds = guessKinds(texts);
  return texts.map((text, k) => ({ text, kind: kinds[k] }));
}

function hash(s: string): number {
  let h = 2166136261;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h >>> 0;
}
