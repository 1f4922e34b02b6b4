// Sentence alignment cases from line-aligned corpora, whose lines are sentences: a few
// consecutive lines make one paragraph link, the French lines cut into one or two
// paragraphs, the English edited as translators do inside a paragraph (a sentence left
// out or added, two sentences joined into one, one cut in two, two given in the other
// order) and cut into paragraphs of its own. The paragraphs are split into sentences by
// lib/text/sentences.ts; the gold pairs each line's French sentences with the same
// line's English ones (lines a sentence runs across pair as one).
import { splitSentences, type SentenceLang } from "../../lib/text/sentences";
import type { DevCase, GoldLink, Split } from "./dev-case";
import type { SourceDoc } from "./corpora";
import { seededRandom, weightedPick } from "./random";
import { cutSentence, joinSentences } from "./reword";

export const SENTENCE_EDITS = ["none", "drop", "add", "join", "cut", "swap"] as const;
export type SentenceEdit = (typeof SENTENCE_EDITS)[number];

/** How often a link gets each edit (once at most): most links are translated sentence for sentence. */
const EDIT_WEIGHTS: Record<SentenceEdit, number> = { none: 0.5, drop: 0.1, add: 0.1, join: 0.1, cut: 0.1, swap: 0.1 };
/** Lines a link holds: 1 to 6, most often 2 or 3. */
const LINK_SIZES = [0.15, 0.3, 0.25, 0.15, 0.1, 0.05];

export interface SentenceCase {
  name: string;
  genre: string;
  edit: SentenceEdit;
  /** The link's French and English paragraphs. */
  fr: string[];
  en: string[];
  /** Gold pairs of sentence indices (sentences as splitSentences cuts the paragraphs, numbered through the link). */
  gold: GoldLink[];
}

/** Where a line's text lies: paragraph and offsets. */
interface Placed {
  line: number;
  paragraph: number;
  start: number;
  end: number;
}

/** Lines joined into paragraphs, cut at `cuts` (line counts), with where each line lies. */
function layout(lines: { line: number; text: string }[], cuts: number[]): { paragraphs: string[]; placed: Placed[] } {
  const paragraphs: string[] = [];
  const placed: Placed[] = [];
  let k = 0;
  for (const size of cuts) {
    let text = "";
    for (const { line, text: t } of lines.slice(k, k + size)) {
      if (text) text += " ";
      placed.push({ line, paragraph: paragraphs.length, start: text.length, end: text.length + t.length });
      text += t;
    }
    paragraphs.push(text);
    k += size;
  }
  return { paragraphs, placed };
}

/** One or two paragraphs' worth of line counts summing to `count`. */
function paragraphCuts(count: number, random: () => number): number[] {
  if (count < 2 || random() < 0.5) return [count];
  const first = 1 + Math.floor(random() * (count - 1));
  return [first, count - first];
}

/** Sentences of the paragraphs, each with the lines it overlaps. */
function sentenceLines(paragraphs: string[], placed: Placed[], lang: SentenceLang): number[][] {
  return paragraphs.flatMap((text, p) =>
    splitSentences(text, lang).map((s) => placed.filter((l) => l.paragraph === p && l.start < s.end && s.start < l.end).map((l) => l.line)),
  );
}

/** Gold pairs: lines joined wherever a sentence of either side runs across them, in French order. */
function goldPairs(frLines: number[][], enLines: number[][], lineCount: number): GoldLink[] {
  const parent = Array.from({ length: lineCount }, (_, k) => k);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const lines of [...frLines, ...enLines]) for (const l of lines.slice(1)) parent[find(l)] = find(lines[0]);
  const groups = new Map<number, GoldLink>();
  const group = (line: number) => groups.get(find(line)) ?? groups.set(find(line), { fr: [], en: [] }).get(find(line))!;
  frLines.forEach((lines, s) => group(lines[0]).fr.push(s));
  enLines.forEach((lines, s) => group(lines[0]).en.push(s));
  // French order; English-only groups where their English falls.
  return [...groups.values()].sort((a, b) => (a.fr[0] ?? Infinity) - (b.fr[0] ?? Infinity) || (a.en[0] ?? Infinity) - (b.en[0] ?? Infinity));
}

/**
 * Link-sized sentence cases from a document's lines, with the given seed. Each line pair
 * is used once; filler English (for "add") comes from other documents.
 */
export function sentenceCases(doc: SourceDoc, seed: number, filler: string[]): SentenceCase[] {
  const random = seededRandom(seed * 104_729 + doc.name.length * 31 + doc.sentences.length);
  const cases: SentenceCase[] = [];
  const S = doc.sentences;
  for (let k = 0, index = 0; k < S.length; index++) {
    const size = Math.min(S.length - k, 1 + weightedPick(random, LINK_SIZES));
    const ids = Array.from({ length: size }, (_, x) => k + x);
    k += size;
    let edit = SENTENCE_EDITS[weightedPick(random, SENTENCE_EDITS.map((e) => EDIT_WEIGHTS[e]))];
    const en = ids.map((id) => ({ line: id, text: S[id].en }));
    const at = Math.floor(random() * size);
    let lineCount = S.length;
    if (edit === "drop" && size > 1) en.splice(at, 1);
    else if (edit === "add" && filler.length) en.splice(at, 0, { line: lineCount++, text: filler[Math.floor(random() * filler.length)] });
    else if (edit === "join" && size > 1 && at + 1 < size) en.splice(at, 2, { line: en[at].line, text: joinSentences(en[at].text, en[at + 1].text) });
    else if (edit === "swap" && size > 1 && at + 1 < size) [en[at], en[at + 1]] = [en[at + 1], en[at]];
    else if (edit === "cut" && cutSentence(en[at].text)) en[at] = { ...en[at], text: cutSentence(en[at].text)! };
    else edit = "none";
    // A join makes one English sentence of two lines: the gold joins them through it.
    const joined = edit === "join" ? [[en[at].line, en[at].line + 1]] : [];
    const fr = layout(ids.map((id) => ({ line: id, text: S[id].fr })), paragraphCuts(size, random));
    const english = layout(en, paragraphCuts(en.length, random));
    const frLines = sentenceLines(fr.paragraphs, fr.placed, "fr");
    const enLines = sentenceLines(english.paragraphs, english.placed, "en").map((lines) => (joined.length && lines.includes(joined[0][0]) ? joined[0] : lines));
    cases.push({
      name: `${doc.name}/link ${index + 1}/seed ${seed}`,
      genre: doc.corpus,
      edit,
      fr: fr.paragraphs,
      en: english.paragraphs,
      gold: goldPairs(frLines, enLines, lineCount),
    });
  }
  return cases;
}

/**
 * Sentence cases as the aligner sees them in lib/align/sentences/align-link-sentences.ts:
 * each link's sentences (as splitSentences cuts them) are the units to align. For fitting
 * and scoring with the paragraph aligner's tools (evaluate, fitParams).
 */
export function sentenceDevCases(docs: readonly SourceDoc[], seeds: readonly number[], split: Split): DevCase[] {
  const units = (paragraphs: string[], lang: SentenceLang) => paragraphs.flatMap((p) => splitSentences(p, lang).map((x) => ({ text: x.text })));
  return docs.flatMap((doc, k) =>
    seeds.flatMap((seed) =>
      sentenceCases(doc, seed, docs[(k + 7) % docs.length].sentences.map((x) => x.en)).map((c) => ({
        name: c.name,
        genre: c.genre,
        type: c.edit,
        split,
        ood: false,
        seed,
        fr: units(c.fr, "fr"),
        en: units(c.en, "en"),
        gold: c.gold,
      })),
    ),
  );
}
