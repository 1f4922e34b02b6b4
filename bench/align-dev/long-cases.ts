// Long texts for the quality-at-length and speed figures: documents one after another,
// each restructured as in restructure.ts, the way wire digests and archives run.
import type { DevCase } from "./dev-case";
import type { SentencePair, SourceDoc } from "./corpora";
import { seededRandom } from "./random";
import { restructure, type Profile } from "./restructure";

export interface LongCaseOptions {
  seed?: number;
  /** Each document opened by a dispatch line with its own number ("Dépêche 100042"): a token found once on each side. */
  dispatch?: boolean;
  /** Only this many distinct documents, cycled: the same articles several times over. */
  distinct?: number;
}

const LONG_PROFILES: Profile[] = ["mild", "heavy", "omissions"];

/** About `paragraphsPerSide` French paragraphs of documents in turn (cycled), with gold links. */
export function longCase(docs: SourceDoc[], paragraphsPerSide: number, options: LongCaseOptions = {}): DevCase {
  const { seed = 1, dispatch = true, distinct = docs.length } = options;
  const pool = docs.slice(0, distinct);
  const filler = docs.slice(distinct).flatMap((d) => d.sentences.map((s) => s.en));
  const fr: DevCase["fr"] = [];
  const en: DevCase["en"] = [];
  const gold: DevCase["gold"] = [];
  for (let copy = 0; fr.length < paragraphsPerSide; copy++) {
    const doc = pool[copy % pool.length];
    const number = 100_000 + copy;
    const sentences: SentencePair[] = dispatch ? [{ fr: `Dépêche ${number}`, en: `Dispatch ${number}` }, ...doc.sentences] : doc.sentences;
    const piece = restructure(
      { ...doc, sentences },
      { profile: LONG_PROFILES[copy % LONG_PROFILES.length], seed: seed * 100_003 + copy, split: "report", ood: false, filler: filler.length ? filler : ["Background paragraph."] },
    );
    const [i0, j0] = [fr.length, en.length];
    fr.push(...piece.fr);
    en.push(...piece.en);
    gold.push(...piece.gold.map((l) => ({ fr: l.fr.map((i) => i + i0), en: l.en.map((j) => j + j0) })));
  }
  return {
    name: `long text, ${fr.length} x ${en.length} paragraphs${dispatch ? "" : ", no dispatch lines"}${distinct < docs.length ? `, ${distinct} documents recurring` : ""}`,
    genre: docs[0]?.corpus ?? "synthetic",
    type: "long",
    split: "report",
    ood: false,
    seed,
    fr,
    en,
    gold,
  };
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
