// Long texts for the quality-at-length and speed figures: documents one after another,
// each restructured as in restructure.ts, the way wire digests and archives run.
import type { DevCase, Split } from "./dev-case";
import type { SentencePair, SourceDoc } from "./corpora";
import { seededRandom } from "./random";
import { restructure, type Profile } from "./restructure";

export interface LongCaseOptions {
  seed?: number;
  /** Each document opened by a dispatch line with its own number ("Dépêche 100042"): a token found once on each side. */
  dispatch?: boolean;
  /** Only this many distinct documents, cycled: the same articles several times over. */
  distinct?: number;
  /** The dev set's half the case belongs to (default "report"). */
  split?: Split;
}

const LONG_PROFILES: Profile[] = ["mild", "heavy", "omissions"];

/** About `paragraphsPerSide` French paragraphs of documents in turn (cycled), with gold links. */
export function longCase(docs: SourceDoc[], paragraphsPerSide: number, options: LongCaseOptions = {}): DevCase {
  const { seed = 1, dispatch = true, distinct = docs.length, split = "report" } = options;
  const pool = docs.slice(0, distinct);
  const fr: DevCase["fr"] = [];
  const en: DevCase["en"] = [];
  const gold: DevCase["gold"] = [];
  const starts: [number, number][] = [];
  for (let copy = 0; fr.length < paragraphsPerSide; copy++) {
    const doc = pool[copy % pool.length];
    const number = 100_000 + copy;
    const sentences: SentencePair[] = dispatch ? [{ fr: `Dépêche ${number}`, en: `Dispatch ${number}` }, ...doc.sentences] : doc.sentences;
    const piece = restructure(
      { ...doc, sentences },
      {
        profile: LONG_PROFILES[copy % LONG_PROFILES.length],
        seed: seed * 100_003 + copy,
        split,
        ood: false,
        // Paragraphs the English adds come from another document.
        filler: docs[(copy + 7) % docs.length].sentences.map((s) => s.en),
      },
    );
    const [i0, j0] = [fr.length, en.length];
    starts.push([i0, j0]);
    fr.push(...piece.fr);
    en.push(...piece.en);
    gold.push(...piece.gold.map((l) => ({ fr: l.fr.map((i) => i + i0), en: l.en.map((j) => j + j0) })));
  }
  return {
    name: `long text, ${fr.length} x ${en.length} paragraphs${dispatch ? "" : ", no dispatch lines"}${distinct < docs.length ? `, ${distinct} documents recurring` : ""}`,
    genre: docs[0]?.corpus ?? "synthetic",
    type: "long",
    split,
    ood: false,
    seed,
    fr,
    en,
    gold,
    starts,
  };
}

/**
 * The same text cut into pieces of about `size` French paragraphs at document starts,
 * each a case of its own: aligned one by one, they say what the aligner does on this
 * kind of text at that length.
 */
export function cutCase(c: DevCase, size: number): DevCase[] {
  const starts = [...(c.starts ?? [[0, 0]]), [c.fr.length, c.en.length] as [number, number]];
  const pieces: DevCase[] = [];
  let from = 0;
  for (let k = 1; k < starts.length; k++) {
    if (starts[k][0] - starts[from][0] < size && k < starts.length - 1) continue;
    const [i0, j0] = starts[from];
    const [i1, j1] = starts[k];
    const gold = c.gold
      .filter((l) => (l.fr.length ? l.fr[0] >= i0 && l.fr[0] < i1 : l.en[0] >= j0 && l.en[0] < j1))
      .map((l) => ({ fr: l.fr.map((i) => i - i0), en: l.en.map((j) => j - j0) }));
    pieces.push({ ...c, name: `${c.name} [${i0}, ${i1})`, fr: c.fr.slice(i0, i1), en: c.en.slice(j0, j1), gold, starts: undefined });
    from = k;
  }
  return pieces;
}

const VOCABULARY = "gouvernement accord ministre guerre président sommet région armée frontière économie hausse prix marché banque élection".split(" ");

/** Made-up documents, for tests and for when ../shared is absent: words drawn at random, one number a sentence. */
export function syntheticDocs(count: number, seed = 3): SourceDoc[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, d) => ({
    name: `synthetic#${d + 1}`,
    corpus: "synthetic",
    sentences: Array.from({ length: 12 + Math.floor(random() * 20) }, () => {
      const words = Array.from({ length: 8 + Math.floor(random() * 30) }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]);
      const number = Math.floor(random() * 5000);
      return { fr: `${words.join(" ")} ${number}.`, en: `${words.reverse().join(" ")} ${number}.` };
    }),
  }));
}
