import type { GlossaryTerm } from "../../glossary/matcher";
import { splitSentences, type SentenceLang } from "../../text/sentences";
import { alignParagraphs } from "../align";
import { DEFAULT_PARAMS, type CostParams } from "../cost-model";

/**
 * The paragraph aligner's constants, for sentences: the same evidence and costs, without
 * the sentence-count term (every unit is one sentence).
 */
export const SENTENCE_PARAMS: CostParams = { ...DEFAULT_PARAMS, sentenceMismatch: 0 };

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
