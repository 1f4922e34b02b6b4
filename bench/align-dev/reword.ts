// Sentence-level rewording, as translators do it: a long sentence cut in two, two short
// ones joined. Used where generated English must not keep the French sentences one for one.

/** "Il est parti, et elle" → "Il est parti. Et elle": a comma before a lower-case word near the middle made a full stop; null when there is none. */
export function cutSentence(text: string): string | null {
  const commas = [...text.matchAll(/, (\p{Ll})/gu)].filter((m) => m.index > 25 && m.index < text.length - 25);
  if (!commas.length) return null;
  const m = commas[Math.floor(commas.length / 2)];
  return `${text.slice(0, m.index)}. ${m[1].toUpperCase()}${text.slice(m.index + 3)}`;
}

/** Two sentences made one: the first's final stop becomes a dash. */
export const joinSentences = (a: string, b: string) => `${a.replace(/[.!?…]+["»”’)]*\s*$/, "")} — ${b}`;

/** How often an English paragraph has a sentence cut in two, and two sentences joined. */
const CUT_RATE = 0.06;
const JOIN_RATE = 0.08;

/**
 * A paragraph's sentences (the corpus's lines) as an English editor may give them: now
 * and then one cut in two or two joined, so that sentence counts differ across a true link
 * about as often as in hand translation. Draws from its own generator, so the paragraph
 * structure a seed gives does not change with it.
 */
export function reword(sentences: string[], random: () => number): string {
  const out = [...sentences];
  const roll = random();
  const at = Math.floor(random() * out.length);
  if (roll < CUT_RATE) out[at] = cutSentence(out[at]) ?? out[at];
  else if (roll < CUT_RATE + JOIN_RATE && out.length > 1) {
    const k = Math.min(at, out.length - 2);
    out.splice(k, 2, joinSentences(out[k], out[k + 1]));
  }
  return out.join(" ");
}
