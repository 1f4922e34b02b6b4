import type { GlossaryTerm } from "../../glossary/matcher";
import { splitSentences, type SentenceLang } from "../../text/sentences";
import { alignParagraphs } from "../align";
import type { CostParams } from "../cost-model";
import { coreLexicon } from "../lexicon/word-list";

/**
 * The paragraph aligner's cost model with constants for sentences: fitted the same way,
 * from the paragraph constants, on sentence cases of the fit half (bench/align-fit.ts
 * reproduces them). Sentences are seldom left without counterpart, and their lengths
 * vary less than paragraphs'; there is no sentence-count term (every unit is one sentence).
 * Sentences are aligned with the core word list (bench: sentence F1 on news-test2008's
 * report articles 0.925 without it, 0.938 with it, before the refit), and their
 * confidence scales, with or without a lexicon key shared, are one set calibrated so.
 */
export const SENTENCE_PARAMS: CostParams = {
  variance: 3.99,
  shapePrior: {
    "1-1": 0,
    "2-1": 2.6467166250000003,
    "1-2": 2.6467166250000003,
    "2-2": 5.32,
    "3-1": 2.66,
    "1-3": 2.66,
    "3-2": 7.98,
    "2-3": 7.98,
    "4-1": 6,
    "1-4": 6,
  },
  skip: { body: 5.985, heading: 4, caption: 2.5, credit: 1.5 },
  skipEvidence: 0.0425,
  match: 1.995,
  mismatch: 0.75,
  lexiconMismatch: 0.25,
  cognateMismatch: 1,
  excess: 0.2,
  orphan: 0.5,
  kindMismatch: 1.5,
  skipLength: 0.006234375,
  lone: { n: 1.33, c: 1.33, x: 0.399 },
  sentenceMismatch: 0,
  questionMismatch: 0.375,
  swap: 0.75,
  evidence: { n: 1.197, m: 0.4, q: 0.9975, c: 0.75, g: 1.2, w: 0.399, x: 0.1995, l: 0.3 },
  confidenceScale: { "1-1": 7.55, "2-1": 4.8, multi: 8.8, "one-sided": 11.53 },
  lexiconConfidenceScale: { "1-1": 7.55, "2-1": 4.8, multi: 8.8, "one-sided": 11.53 },
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
  const links = alignParagraphs({ fr: frSentences.map(text(fr)), en: enSentences.map(text(en)), glossary, lexicon: coreLexicon() }, SENTENCE_PARAMS);
  return { fr: frSentences, en: enSentences, pairs: links.map((l) => ({ fr: l.fr, en: l.en, score: l.score })) };
}
