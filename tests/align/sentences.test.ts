import { seededRandom } from "../../bench/align-dev/random";
import { alignLinkSentences, type LinkSentenceAlignment } from "../../lib/align/sentences/align-link-sentences";
import { isSwap } from "./invariants";

const pairsOf = (a: LinkSentenceAlignment) => a.pairs.map((p) => [p.fr, p.en]);
const textsOf = (a: LinkSentenceAlignment, fr: string[], en: string[]) => ({
  fr: a.fr.map((s) => fr[s.paragraph].slice(s.start, s.end)),
  en: a.en.map((s) => en[s.paragraph].slice(s.start, s.end)),
});

/** Every sentence of both sides in exactly one pairing, French in order, English in order but for swaps. */
function expectCover(a: LinkSentenceAlignment): void {
  expect(a.pairs.flatMap((p) => p.fr)).toEqual([...a.fr.keys()]);
  expect(a.pairs.flatMap((p) => p.en).sort((x, y) => x - y)).toEqual([...a.en.keys()]);
  const twoSided = a.pairs.filter((p) => p.fr.length && p.en.length);
  for (let k = 1; k < twoSided.length; k++) {
    if (twoSided[k].en[0] < twoSided[k - 1].en[0]) expect(isSwap(twoSided[k - 1], twoSided[k])).toBe(true);
  }
  for (const p of a.pairs) {
    expect(p.fr.length + p.en.length).toBeGreaterThan(0);
    expect(p.score).toBeGreaterThanOrEqual(0);
    expect(p.score).toBeLessThanOrEqual(1);
  }
}

describe("alignLinkSentences", () => {
  const fr = [
    "M. Macron a reçu lundi 3 mars à l'Élysée le chancelier Olaf Scholz. Les deux dirigeants ont parlé de l'Ukraine pendant 2 heures.",
    "Ils doivent se revoir à Berlin le 14 avril, selon l'Élysée.",
  ];
  const en = [
    "Mr Macron received Chancellor Olaf Scholz at the Élysée on Monday, March 3. The two leaders talked about Ukraine for 2 hours.",
    "They are due to meet again in Berlin on April 14, according to the Élysée.",
  ];

  it("cuts each side into sentences with offsets into its paragraphs, abbreviations kept whole", () => {
    const a = alignLinkSentences(fr, en);
    expect(textsOf(a, fr, en)).toEqual({
      fr: [
        "M. Macron a reçu lundi 3 mars à l'Élysée le chancelier Olaf Scholz.",
        "Les deux dirigeants ont parlé de l'Ukraine pendant 2 heures.",
        "Ils doivent se revoir à Berlin le 14 avril, selon l'Élysée.",
      ],
      en: [
        "Mr Macron received Chancellor Olaf Scholz at the Élysée on Monday, March 3.",
        "The two leaders talked about Ukraine for 2 hours.",
        "They are due to meet again in Berlin on April 14, according to the Élysée.",
      ],
    });
    expect(a.fr.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("pairs sentence for sentence when the translation keeps them", () => {
    const a = alignLinkSentences(fr, en);
    expectCover(a);
    expect(pairsOf(a)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it("pairs two French sentences with the English one that joins them (2-1), and a sentence the English leaves out with nothing", () => {
    const joined = ["Mr Macron received Chancellor Olaf Scholz at the Élysée on Monday, March 3, and the two leaders talked about Ukraine for 2 hours."];
    const a = alignLinkSentences([fr[0]], joined);
    expectCover(a);
    expect(pairsOf(a)).toEqual([[[0, 1], [0]]]);
    const dropped = alignLinkSentences(fr, [en[0]]);
    expectCover(dropped);
    expect(pairsOf(dropped)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
    ]);
  });

  it("finds the sentence the English leaves out of plain prose by its words (the core word list), where lengths cannot tell", () => {
    const plain = [
      "Au matin, les enfants ont trouvé des branches cassées dans la cour de l'école et des feuilles partout. " +
        "La boulangère du quartier raconte qu'elle n'avait jamais vu un orage aussi violent depuis sa jeunesse. " +
        "Son mari, lui, se souvient d'une tempête semblable quand il était encore soldat, loin de sa famille. " +
        "Les pompiers ont passé la journée à dégager les routes et à vérifier les toits des maisons les plus anciennes.",
    ];
    const english = [
      "In the morning, the children found broken branches in the schoolyard and leaves everywhere. " +
        "Her husband remembers a similar storm from when he was still a soldier, far from his family. " +
        "Firefighters spent the day clearing the roads and checking the roofs of the oldest houses.",
    ];
    const a = alignLinkSentences(plain, english);
    expectCover(a);
    expect(pairsOf(a)).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
      [[3], [2]],
    ]);
  });

  it("pairs crosswise two sentences the English gives in the other order", () => {
    const swapped = ["The two leaders talked about Ukraine for 2 hours. Mr Macron received Chancellor Olaf Scholz at the Élysée on Monday, March 3."];
    const a = alignLinkSentences([fr[0]], swapped);
    expectCover(a);
    expect(pairsOf(a)).toEqual([
      [[0], [1]],
      [[1], [0]],
    ]);
  });

  it("one side empty, or a paragraph of no sentence: every sentence stands alone", () => {
    const a = alignLinkSentences(fr, []);
    expectCover(a);
    expect(pairsOf(a)).toEqual([
      [[0], []],
      [[1], []],
      [[2], []],
    ]);
    expect(alignLinkSentences(["   "], ["…"]).fr).toEqual([]);
  });

  it("gives the same result for the same texts (what is stored stays right)", () => {
    expect(alignLinkSentences(fr, en)).toEqual(alignLinkSentences([...fr], [...en]));
  });

  it("covers every sentence exactly once on random links (seeded)", () => {
    const random = seededRandom(16);
    const words = "le gouvernement a annoncé 12 mesures pour Paris et Berlin mardi The government announced measures for on Tuesday".split(" ");
    const sentence = () => {
      const n = 2 + Math.floor(random() * 15);
      const w = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]);
      return `${w[0][0].toUpperCase()}${w.join(" ").slice(1)}${random() < 0.2 ? " ?" : "."}`;
    };
    const paragraph = () => Array.from({ length: 1 + Math.floor(random() * 5) }, sentence).join(" ");
    for (let k = 0; k < 40; k++) {
      const a = alignLinkSentences(
        Array.from({ length: 1 + Math.floor(random() * 3) }, paragraph),
        Array.from({ length: Math.floor(random() * 3) }, paragraph),
      );
      expectCover(a);
    }
  });
});
