import type { GlossaryTerm } from "../../glossary/matcher";
import { splitSentences, type SentenceLang } from "../../text/sentences";
import { alignParagraphs } from "../align";
import type { CostParams } from "../cost-model";

/**
 * The paragraph aligner's cost model with constants for sentences: fitted the same way,
 * from the paragraph constants, on sentence cases of the fit half (bench/align-fit.ts
 * reproduces them). Sentences are seldom left without counterpart, and their lengths
 * vary less than paragraphs'; there is no sentence-count term (every unit is one sentence).
 * Sentences are aligned without a lexicon, so lexiconConfidenceScale (the paragraph one,
 * carried over by the fit) is never used here.
 */
export const SENTENCE_PARAMS: CostParams = {
  variance: 3.99,
  shapePrior: {
    "1-1": 0,
    "2-1": 0.9950062500000001,
    "1-2": 0.9950062500000001,
    "2-2": 5.32,
    "3-1": 2.66,
    "1-3": 2.66,
    "3-2": 12,
    "2-3": 12,
    "4-1": 6,
    "1-4": 6,
  },
  skip: { body: 5.985, heading: 4, caption: 2.5, credit: 1.5 },
  skipEvidence: 0.085,
  match: 1.995,
  mismatch: 0.375,
  lexiconMismatch: 0.25,
  cognateMismatch: 1,
  excess: 0.1,
  orphan: 2,
  kindMismatch: 1.5,
  skipLength: 0.01246875,
  lone: { n: 1.33, c: 1.33, x: 0.3 },
  sentenceMismatch: 0,
  questionMismatch: 0.375,
  swap: 3,
  evidence: { n: 1.197, m: 0.4, q: 0.9975, c: 1, g: 1.2, w: 0.798, x: 0.399, l: 0.5 },
  confidenceScale: { "1-1": 7.53, "2-1": 5.01, multi: 6.96, "one-sided": 8.83 },
  lexiconConfidenceScale: { "1-1": 2.91, "2-1": 4.05, multi: 2.14, "one-sided": 2.65 },
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
