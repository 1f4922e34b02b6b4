import type { GlossaryTerm } from "../../glossary/matcher";
import { splitSentences, type SentenceLang } from "../../text/sentences";
import { alignParagraphs } from "../align";
import type { CostParams } from "../cost-model";

/**
 * The paragraph aligner's cost model with constants for sentences: fitted the same way,
 * from the paragraph constants, on sentence cases of the fit half (bench/align-fit.ts
 * reproduces them). Sentences are seldom left without counterpart, and their lengths
 * vary less than paragraphs'; there is no sentence-count term (every unit is one sentence).
 */
export const SENTENCE_PARAMS: CostParams = {
  variance: 3.99,
  shapePrior: {
    "1-1": 0,
    "2-1": 1.9900125000000002,
    "1-2": 1.9900125000000002,
    "2-2": 5.32,
    "3-1": 4,
    "1-3": 4,
    "3-2": 10.64,
    "2-3": 10.64,
    "4-1": 7.98,
    "1-4": 7.98,
  },
  skip: { body: 5.985, heading: 4, caption: 2.5, credit: 1.5 },
  skipEvidence: 0.11305000000000001,
  match: 1.49625,
  mismatch: 1.33,
  lexiconMismatch: 0.25,
  cognateMismatch: 0.25,
  excess: 0.532,
  orphan: 0.25,
  kindMismatch: 1.5,
  skipLength: 0.009375000000000001,
  lone: { n: 1.33, c: 0.8844500000000001, x: 0.399 },
  sentenceMismatch: 0,
  swap: 0.84375,
  evidence: { n: 1.197, m: 0.4, q: 0.9975, c: 1, g: 1.2, w: 1.596, x: 0.798, l: 0.5 },
  confidenceScale: { "1-1": 7.53, "2-1": 5.35, multi: 6.18, "one-sided": 9.81 },
};

/** A sentence of one side of a link: `paragraph` indexes the link's paragraphs of that side, in reading order. */
export interface SentenceSpan {
  paragraph: number;
  /** Offsets into that paragraph's text: the sentence is text.slice(start, end). */
  start: number;
  end: number;
}

/**
 * Sentences of the two sides paired, as sentence indices of each side (ascending and
 * contiguous; one side may be empty: a sentence the other side does not translate).
 */
export interface SentencePairing {
  fr: number[];
  en: number[];
  /** Confidence in [0, 1], as for paragraph links. */
  score: number;
}

/** How the sentences of one link's paragraphs pair up. */
export interface LinkSentenceAlignment {
  fr: SentenceSpan[];
  en: SentenceSpan[];
  /**
   * In French reading order; every sentence of both sides in exactly one pairing. Two
   * neighbouring sentences the English gives in the other order pair crosswise, as
   * paragraph links do.
   */
  pairs: SentencePairing[];
}

function sentencesOf(paragraphs: readonly string[], lang: SentenceLang): SentenceSpan[] {
  return paragraphs.flatMap((text, paragraph) => splitSentences(text, lang).map((s) => ({ paragraph, start: s.start, end: s.end })));
}

/**
 * Cuts the French and English paragraphs of one link into sentences (lib/text/sentences.ts)
 * and aligns them with the paragraph aligner's cost model (lengths, names, numbers,
 * quotes, shared spellings, glossary names; n:m links, one-sided sentences, swaps).
 * Depends only on its arguments, so a stored result stays right while the texts (and
 * glossary) are the same. Cost: linear in the link's text, and the square of its
 * sentence count (a link holds a few).
 */
export function alignLinkSentences(fr: readonly string[], en: readonly string[], glossary?: readonly GlossaryTerm[]): LinkSentenceAlignment {
  const frSentences = sentencesOf(fr, "fr");
  const enSentences = sentencesOf(en, "en");
  const text = (paragraphs: readonly string[]) => (s: SentenceSpan) => ({ text: paragraphs[s.paragraph].slice(s.start, s.end) });
  const links = alignParagraphs({ fr: frSentences.map(text(fr)), en: enSentences.map(text(en)), glossary }, SENTENCE_PARAMS);
  return { fr: frSentences, en: enSentences, pairs: links.map((l) => ({ fr: l.fr, en: l.en, score: l.score })) };
}
