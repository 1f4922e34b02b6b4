/**
 * Sentence ends as the aligner counts them: a full stop, question or exclamation mark or
 * ellipsis, then space, then a capital or a digit (an opening quote or bracket may come
 * between), not after a lone initial or a title ("M. Dupont", "Mr. Smith", "Dr. Who").
 * Rougher than lib/text/sentences.ts but fifty times faster, and rough the same way on
 * both sides: the count is compared across a link, never shown.
 */
const SENTENCE_END = /(?<!(?:^|[^\p{L}\p{N}.])(?:\p{Lu}|Mme|Mmes|MM|Mlle|Mr|Mrs|Ms|Dr|Pr|Prof|St|Ste|Sr|Jr|Gen|Gén|Lt|Col|Sgt|Capt|Rev|No|no|art|p|pp|vol|cf|av|env))[.!?…]+(?:[\s\u00A0\u202F]*["»”’)\]])*[\s\u00A0\u202F]+["«“(\[]?[\s\u00A0\u202F]*(?=[\p{Lu}\p{N}])/gu;

/** How many sentences a paragraph holds, by the rough rule above: at least one. */
export function countSentences(text: string): number {
  return 1 + (text.match(SENTENCE_END)?.length ?? 0);
}

/**
 * How many questions a paragraph asks: runs of question marks. Translators keep a
 * question a question, so a link whose sides ask different numbers pairs an answer
 * with the wrong question (interviews, Q&A).
 */
export function countQuestions(text: string): number {
  return text.match(/\?+/g)?.length ?? 0;
}
