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
    "2-1": 1.7644777500000002,
    "1-2": 1.7644777500000002,
    "2-2": 5.32,
    "3-1": 4.5,
    "1-3": 4.5,
    "3-2": 10.64,
    "2-3": 10.64,
    "4-1": 7.98,
    "1-4": 7.98,
  },
  skip: { body: 3.375, heading: 4, caption: 2.5, credit: 1.5 },
  skipEvidence: 0.22610000000000002,
  match: 1.125,
  mismatch: 2.352637,
  lexiconMismatch: 0,
  cognateMismatch: 0.375,
  excess: 0.7075600000000001,
  orphan: 0.3325,
  kindMismatch: 2.25,
  skipLength: 0.012468750000000002,
  sentenceMismatch: 0,
  swap: 2.65335,
  evidence: { n: 1.2, m: 0.4, q: 0.5, c: 0.8844500000000001, g: 1.2, w: 0.7, x: 0.399, l: 0.1 },
  confidenceScale: { "1-1": 7.21, "2-1": 4.27, multi: 16.05, "one-sided": 8.22 },
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
