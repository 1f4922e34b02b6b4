import { alignParagraphs } from "../../lib/align/align";
import { loadDevSet } from "../../bench/align-dev/load-dev-set";
import { cutCase, longCase, syntheticDocs } from "../../bench/align-dev/long-cases";
import { seededRandom } from "../../bench/align-dev/random";
import { scoreLinks } from "../../bench/align-dev/score-links";
import { FULL_SEARCH_CELLS } from "../../lib/align/band";
import { LOW_CONFIDENCE } from "../../lib/align/confidence";
import { linkType } from "../../lib/align/link-types";
import type { AlignLink, AlignParagraph, FixedLink } from "../../lib/align/types";
import { expectValidAlignment } from "./invariants";

// The hand-written cases only: tests never read ../shared.
const cases = [...loadDevSet("fit", { shared: false }).cases, ...loadDevSet("report", { shared: false }).cases];

describe("every dev case", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s: a valid alignment", (_, c) => {
    expectValidAlignment(alignParagraphs({ fr: c.fr, en: c.en, glossary: c.glossary }), c.fr.length, c.en.length);
  });
});

const WORDS = "le la gouvernement accord ministre guerre président sommet région armée frontière économie hausse prix accord".split(" ");
const NAMES = ["Kim", "Choïgou", "Macron", "Pyongyang", "Kiev", "KCNA", "Lagarde", "Bruxelles"];

function randomParagraph(random: () => number): AlignParagraph {
  const words: string[] = [];
  const length = 1 + Math.floor(random() * 40);
  for (let k = 0; k < length; k++) {
    const roll = random();
    words.push(roll < 0.1 ? NAMES[Math.floor(random() * NAMES.length)] : roll < 0.15 ? String(Math.floor(random() * 3000)) : WORDS[Math.floor(random() * WORDS.length)]);
  }
  return { text: `${words.join(" ")}.` };
}

describe("random inputs (seeded)", () => {
  const random = seededRandom(42);
  const inputs = Array.from({ length: 60 }, () => {
    const n = Math.floor(random() * 40);
    const m = random() < 0.1 ? 0 : Math.floor(random() * 40);
    return { fr: Array.from({ length: n }, () => randomParagraph(random)), en: Array.from({ length: m }, () => randomParagraph(random)) };
  });

  it.each(inputs.map((input, k) => [k, input] as const))("input %i: a valid alignment", (_, input) => {
    expectValidAlignment(alignParagraphs(input), input.fr.length, input.en.length);
  });

  it.each(inputs.filter((i) => i.fr.length > 3 && i.en.length > 3).map((input, k) => [k, input] as const))(
    "input %i with some of its own links locked: they come back unchanged and the rest stays valid",
    (_, input) => {
      const fixed = lockSome(alignParagraphs(input), random);
      const links = alignParagraphs({ ...input, fixed });
      expectValidAlignment(links, input.fr.length, input.en.length);
      for (const f of fixed) expect(links).toContainEqual({ fr: f.fr, en: f.en, score: 1 });
    },
  );
});

/**
 * Some of an alignment's own links (of every third, seven in ten), as a person who
 * confirmed them would lock them. Locks the aligner would not choose are tested below
 * ("locked links").
 */
function lockSome(links: AlignLink[], random: () => number): FixedLink[] {
  return links.filter((_, k) => k % 3 === 1 && random() < 0.7).map((l) => ({ fr: l.fr, en: l.en }));
}

describe("long texts (searched in a band, not whole)", () => {
  const c = longCase(syntheticDocs(40), 1500);
  it("are past the full-search size", () => expect((c.fr.length + 1) * (c.en.length + 1)).toBeGreaterThan(FULL_SEARCH_CELLS));
  it("still give a valid alignment that follows the gold", () => {
    const links = alignParagraphs({ fr: c.fr, en: c.en });
    expectValidAlignment(links, c.fr.length, c.en.length);
    expect(scoreLinks(c.gold, links).f1).toBeGreaterThan(0.9);
  });
  it("keep locked links in the band too", () => {
    const fixed = [c.gold[100], c.gold[700]].filter((l) => l.fr.length && l.en.length);
    const links = alignParagraphs({ fr: c.fr, en: c.en, fixed });
    expectValidAlignment(links, c.fr.length, c.en.length);
    for (const f of fixed) expect(links).toContainEqual({ fr: f.fr, en: f.en, score: 1 });
  });
});

describe("locked links", () => {
  const fr = ["Un.", "Deux deux deux.", "Trois trois trois trois.", "Quatre.", "Cinq cinq."].map((text) => ({ text }));
  const en = ["One.", "Two two two.", "Three three three three.", "Four.", "Five five."].map((text) => ({ text }));

  it("a locked pairing the aligner would never choose is kept, and the rest aligned around it", () => {
    const links = alignParagraphs({ fr, en, fixed: [{ fr: [1], en: [3] }] });
    expectValidAlignment(links, 5, 5);
    expect(links).toContainEqual({ fr: [1], en: [3], score: 1 });
    expect(links.find((l) => l.fr.includes(0))!.en).toEqual([0]);
  });

  it("a locked one-sided link stands alone where the alignment puts it", () => {
    const links = alignParagraphs({ fr, en, fixed: [{ fr: [], en: [2] }] });
    expectValidAlignment(links, 5, 5);
    expect(links).toContainEqual({ fr: [], en: [2], score: 1 });
  });

  it("locked links that cross (a swap a person confirmed) are kept, and the rest aligned around them", () => {
    const fixed = [
      { fr: [1], en: [2] },
      { fr: [2], en: [1] },
    ];
    const links = alignParagraphs({ fr, en, fixed });
    expectValidAlignment(links, 5, 5, fixed);
    expect(links.map((l) => [l.fr, l.en])).toEqual([[[0], [0]], [[1], [2]], [[2], [1]], [[3], [3]], [[4], [4]]]);
    // Far apart, they make one block: what lies between stands alone.
    const far = [
      { fr: [1], en: [3] },
      { fr: [3], en: [1] },
    ];
    const around = alignParagraphs({ fr, en, fixed: far });
    expectValidAlignment(around, 5, 5, far);
    expect(around).toContainEqual({ fr: [2], en: [], score: 0 });
    expect(around).toContainEqual({ fr: [], en: [2], score: 0 });
  });

  it("overlapping locked links are refused", () => {
    expect(() => alignParagraphs({ fr, en, fixed: [{ fr: [1, 3], en: [1] }, { fr: [2], en: [2] }] })).toThrow("locked links overlap");
    expect(() => alignParagraphs({ fr, en, fixed: [{ fr: [1], en: [1, 3] }, { fr: [2], en: [2] }] })).toThrow("locked links overlap");
  });
});

describe("link types", () => {
  // Each pair of texts is built so that one link shape is plainly right: the numbers and
  // names of the paragraphs say which goes with which.
  const p = (text: string): AlignParagraph => ({ text });
  const shapes: [string, string[], string[]][] = [
    ["1-1", ["Le 12 mars, 4 500 soldats sont arrivés à Pyongyang."], ["On 12 March, 4,500 soldiers arrived in Pyongyang."]],
    ["2-1", ["Le 12 mars, 4 500 soldats sont arrivés à Pyongyang.", "Ils venaient de Vladivostok, à 1 200 kilomètres."], ["On 12 March, 4,500 soldiers arrived in Pyongyang from Vladivostok, 1,200 kilometres away."]],
    ["1-2", ["Le 12 mars, 4 500 soldats sont arrivés à Pyongyang depuis Vladivostok, à 1 200 kilomètres."], ["On 12 March, 4,500 soldiers arrived in Pyongyang.", "They came from Vladivostok, 1,200 kilometres away."]],
    ["3-1", ["Le 12 mars, 4 500 soldats sont arrivés à Pyongyang.", "Ils venaient de Vladivostok, à 1 200 kilomètres.", "Le voyage a duré 36 heures, selon KCNA."], ["On 12 March, 4,500 soldiers arrived in Pyongyang from Vladivostok, 1,200 kilometres away, after a 36-hour journey, KCNA said."]],
    ["1-3", ["Le 12 mars, 4 500 soldats sont arrivés à Pyongyang depuis Vladivostok, à 1 200 kilomètres, après un voyage de 36 heures, selon KCNA."], ["On 12 March, 4,500 soldiers arrived in Pyongyang.", "They came from Vladivostok, 1,200 kilometres away.", "The journey took 36 hours, KCNA said."]],
    [
      "4-1",
      ["Le 12 mars, 4 500 soldats sont arrivés à Pyongyang.", "Ils venaient de Vladivostok, à 1 200 kilomètres.", "Le voyage a duré 36 heures, selon KCNA.", "Ils ont été reçus par Kim Jong Un le 14 mars."],
      ["On 12 March, 4,500 soldiers arrived in Pyongyang from Vladivostok, 1,200 kilometres away, after a 36-hour journey, KCNA said, and Kim Jong Un received them on 14 March."],
    ],
    [
      "1-4",
      ["Le 12 mars, 4 500 soldats sont arrivés à Pyongyang depuis Vladivostok, à 1 200 kilomètres, après un voyage de 36 heures, selon KCNA, et Kim Jong Un les a reçus le 14 mars."],
      ["On 12 March, 4,500 soldiers arrived in Pyongyang.", "They came from Vladivostok, 1,200 kilometres away.", "The journey took 36 hours, KCNA said.", "Kim Jong Un received them on 14 March."],
    ],
    [
      "2-3",
      [
        "Le 12 mars, 4 500 soldats nord-coréens sont arrivés à Vladivostok. Ils y ont été accueillis par le général Belooussov et 300 officiers venus de Khabarovsk.",
        "Le 14 mars, ils ont gagné Koursk, à 9 000 kilomètres, selon KCNA. Le 20 mars, 1 200 d'entre eux étaient au front, a indiqué Séoul.",
      ],
      [
        "On 12 March, 4,500 North Korean soldiers arrived in Vladivostok.",
        "They were welcomed there by General Belousov and 300 officers from Khabarovsk, and on 14 March moved on to Kursk, 9,000 kilometres away, KCNA said.",
        "By 20 March, 1,200 of them were at the front, Seoul said.",
      ],
    ],
    [
      "2-2",
      [
        "Le 12 mars, 4 500 soldats nord-coréens sont arrivés à Vladivostok. Ils y ont été accueillis par le général Belooussov et 300 officiers venus de Khabarovsk et d'Irkoutsk.",
        "Le 14 mars, ils ont gagné Koursk, à 9 000 kilomètres, selon KCNA. Le 20 mars, 1 200 d'entre eux étaient au front, a indiqué Séoul.",
      ],
      [
        "On 12 March, 4,500 North Korean soldiers arrived in Vladivostok.",
        "They were welcomed there by General Belousov and 300 officers from Khabarovsk and Irkutsk, and on 14 March moved on to Kursk, 9,000 kilometres away, KCNA said. By 20 March, 1,200 of them were at the front, Seoul said.",
      ],
    ],
  ];
  it.each(shapes)("%s", (shape, frTexts, enTexts) => {
    const links = alignParagraphs({ fr: frTexts.map(p), en: enTexts.map(p) });
    expect(links.map(linkType)).toEqual([shape]);
  });

  it("1-0 and 0-1: a caption and its credit without English, an English line of background without French", () => {
    const fr = [
      { text: "Kim Jong Un a reçu Sergueï Choïgou à Pyongyang le 4 juin 2025.", kind: "body" as const },
      { text: "Photo de l'agence KCNA de la rencontre à Pyongyang le 4 juin 2025", kind: "caption" as const },
      { text: "KCNA VIA KNS/AFP", kind: "credit" as const },
      { text: "Les deux hommes ont parlé pendant 2 heures de la guerre en Ukraine.", kind: "body" as const },
    ];
    const en = [
      { text: "Kim Jong Un received Sergei Shoigu in Pyongyang on 4 June 2025.", kind: "body" as const },
      { text: "The two men talked for 2 hours about the war in Ukraine.", kind: "body" as const },
      { text: "Shoigu was defence minister from 2012 to 2024, when Vladimir Putin moved him to the Security Council.", kind: "body" as const },
    ];
    expect(alignParagraphs({ fr, en }).map(linkType)).toEqual(["1-1", "1-0", "1-0", "1-1", "0-1"]);
  });
});

describe("one-sided links side by side", () => {
  // A French caption the English lacks, where the English adds a line of background: the
  // path may leave either first, the same two links. Each used to count the other order as
  // its alternative, a margin of 0, so both were flagged however plain the evidence.
  const fr = [
    { text: "Kim Jong Un a reçu Sergueï Choïgou à Pyongyang le 4 juin 2025.", kind: "body" as const },
    { text: "Photo de l'agence KCNA de la rencontre à Pyongyang le 4 juin 2025", kind: "caption" as const },
    { text: "Les deux hommes ont parlé pendant 2 heures de la guerre en Ukraine.", kind: "body" as const },
  ];
  const en = [
    { text: "Kim Jong Un received Sergei Shoigu in Pyongyang on 4 June 2025.", kind: "body" as const },
    { text: "Shoigu was defence minister from 2012 to 2024, when Vladimir Putin moved him to the Security Council.", kind: "body" as const },
    { text: "The two men talked for 2 hours about the war in Ukraine.", kind: "body" as const },
  ];

  it("are scored by their evidence, not by which of the two the path leaves first", () => {
    const links = alignParagraphs({ fr, en });
    expect(links.map(linkType)).toEqual(["1-1", "0-1", "1-0", "1-1"]);
    for (const l of links.slice(1, 3)) expect(l.score).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });
});

describe("a French paragraph the English dropped, where the English adds one of its own", () => {
  // Issue 13: the two were linked 1-1 at 0.66, a wrong row with no "?". Neither has a number
  // or a name the other side has anywhere: the numbers, names and words each holds that the
  // other side lacks say they stand alone.
  const fr = [
    "Les dirigeants de l'Union européenne se sont retrouvés jeudi à Bruxelles pour un sommet consacré au budget.",
    "Le chancelier allemand a plaidé pour une hausse des dépenses militaires, citant la menace russe et l'aide à l'Ukraine.",
    "La Banque centrale européenne a relevé son taux directeur à 4,25 % en 2023, selon Christine Lagarde.",
    "Le président français a défendu un emprunt commun, sur le modèle du plan de relance adopté pendant la pandémie.",
    "Les discussions doivent reprendre vendredi matin, selon trois diplomates.",
  ].map((text) => ({ text }));
  const en = [
    "European Union leaders met in Brussels on Thursday for a summit on the budget.",
    "The German chancellor argued for raising military spending, citing the Russian threat and aid to Ukraine.",
    "Hungary and Slovakia, led by Viktor Orbán and Robert Fico, had threatened 17 vetoes since 2019.",
    "The French president defended joint borrowing, modelled on the recovery plan adopted during the pandemic.",
    "Talks are due to resume on Friday morning, three diplomats said.",
  ].map((text) => ({ text }));

  it("are left alone, or every link holding them is flagged; the rest is linked 1-1", () => {
    const links = alignParagraphs({ fr, en });
    expectValidAlignment(links, 5, 5);
    const touching = links.filter((l) => l.fr.includes(2) || l.en.includes(2));
    const alone = touching.every((l) => !l.fr.length || !l.en.length);
    if (!alone) for (const l of touching) expect(l.score).toBeLessThan(LOW_CONFIDENCE);
    const rest = links.filter((l) => !touching.includes(l));
    expect(rest.map((l) => [l.fr, l.en])).toEqual([0, 1, 3, 4].map((k) => [[k], [k]]));
  });
});

describe("questions and answers", () => {
  // The interview of the report cases: the English merges each short answer with its
  // question. By length alone, "Et les citoyens ?" went with the answer before it, into a
  // link whose English asks nothing; a question is translated as a question.
  const c = cases.find((x) => x.name === "entretien-climat")!;

  it("an answer merged with its question is linked with that question, not the next one", () => {
    const links = alignParagraphs({ fr: c.fr, en: c.en });
    expect(c.fr[11].text).toMatch(/^La France a réduit/);
    expect(c.en[9].text).toMatch(/^Keep its commitments/);
    expect(links.find((l) => l.en.includes(9))?.fr).toEqual([10, 11]);
    // No link puts a question on one side only.
    const asks = (ids: number[], side: AlignParagraph[]) => ids.some((k) => side[k].text.includes("?"));
    for (const l of links.filter((x) => x.fr.length && x.en.length)) expect([l.fr, asks(l.fr, c.fr)]).toEqual([l.fr, asks(l.en, c.en)]);
  });
});

describe("swapped paragraphs", () => {
  // The English gives the two middle paragraphs in the opposite order. In reading order
  // they could only be linked wrongly (a 2-2 link holding both, which the aligner used to
  // score 0.98, or each left alone); they are linked crosswise instead.
  const fr = [
    "Sommet européen à Bruxelles",
    "Les dirigeants des 27 pays de l'Union européenne se sont retrouvés jeudi 14 mars à Bruxelles pour un sommet de deux jours consacré au budget pluriannuel 2028-2034.",
    "Le chancelier allemand Olaf Scholz a plaidé pour une hausse des dépenses militaires à 2,5 % du PIB d'ici 2030, citant la menace russe et l'aide à l'Ukraine.",
    "Le président français Emmanuel Macron a défendu un emprunt commun de 500 milliards d'euros, sur le modèle du plan de relance adopté en juillet 2020 pendant la pandémie.",
    "La présidente de la Commission, Ursula von der Leyen, doit présenter vendredi 15 mars un compromis, selon trois diplomates interrogés par l'AFP.",
    "Les discussions doivent reprendre vendredi matin à 9 heures.",
  ].map((text) => ({ text }));
  const en = [
    "European summit in Brussels",
    "The leaders of the 27 European Union countries met in Brussels on Thursday, March 14, for a two-day summit on the 2028-2034 multi-year budget.",
    "French President Emmanuel Macron defended joint borrowing of 500 billion euros, modelled on the recovery plan adopted in July 2020 during the pandemic.",
    "German Chancellor Olaf Scholz argued for raising military spending to 2.5% of GDP by 2030, citing the Russian threat and aid to Ukraine.",
    "Commission President Ursula von der Leyen is due to present a compromise on Friday, March 15, according to three diplomats interviewed by AFP.",
    "Talks are due to resume at 9am on Friday.",
  ].map((text) => ({ text }));
  const pairs = (links: AlignLink[]) => links.map((l) => [l.fr, l.en]);

  it("are linked crosswise, in French order: French 2 with English 3, then French 3 with English 2", () => {
    const links = alignParagraphs({ fr, en });
    expectValidAlignment(links, 6, 6);
    expect(pairs(links)).toEqual([[[0], [0]], [[1], [1]], [[2], [3]], [[3], [2]], [[4], [4]], [[5], [5]]]);
    // Not flagged: names and numbers say plainly which goes with which.
    for (const l of links.slice(2, 4)) expect(l.score).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });

  it("a crossing the evidence does not support is not made: the same text in order stays in order", () => {
    const inOrder = [en[0], en[1], en[3], en[2], en[4], en[5]];
    expect(pairs(alignParagraphs({ fr, en: inOrder }))).toEqual([0, 1, 2, 3, 4, 5].map((k) => [[k], [k]]));
  });

  it("paragraphs further apart than neighbours are not crossed: every link holding them is flagged", () => {
    // French 1, 2, 3 given by the English as 3, 2, 1 (en[2] is French 3's English, en[3] French 2's).
    const far = [en[0], en[2], en[3], en[1], en[4], en[5]];
    const links = alignParagraphs({ fr, en: far });
    expectValidAlignment(links, 6, 6);
    const touching = links.filter((l) => l.fr.some((i) => i === 1 || i === 3) || l.en.some((j) => j === 1 || j === 3));
    expect(touching.length).toBeGreaterThan(0);
    for (const l of touching) expect(l.score).toBeLessThan(LOW_CONFIDENCE);
    expect(pairs(links).slice(-2)).toEqual([
      [[4], [4]],
      [[5], [5]],
    ]);
  });
});

describe("long texts whose content recurs, with no token found once", () => {
  // Six documents over and over, as in digests and archives: no key is unique, so no
  // rare-key anchor can guide a band; the alignment must still hold all the way.
  const c = longCase(syntheticDocs(6), 2000, { dispatch: false, distinct: 6 });
  it("are aligned as well whole as in pieces of 400 paragraphs", () => {
    const links = alignParagraphs({ fr: c.fr, en: c.en });
    expectValidAlignment(links, c.fr.length, c.en.length);
    const whole = scoreLinks(c.gold, links).f1;
    const pieces = cutCase(c, 400).map((p) => scoreLinks(p.gold, alignParagraphs({ fr: p.fr, en: p.en })));
    const inPieces = (2 * pieces.reduce((s, p) => s + p.correct, 0)) / pieces.reduce((s, p) => s + p.gold + p.test, 0);
    // Before coarse-to-fine search and local evidence: 0.932 whole against 0.953 in pieces.
    expect(whole).toBeGreaterThan(0.97);
    expect(whole).toBeGreaterThan(inPieces - 0.01);
  });
});

describe("machine translation evidence", () => {
  // Length alone pairs the short English line with the short French one; the machine
  // translation of the long one says it is the English line's source.
  const fr = [{ text: "Titre" }, { text: "Les marchés financiers ont fermé plus tôt que prévu mardi à cause de la tempête." }, { text: "Il a plu toute la journée." }];
  const en = [{ text: "Title" }, { text: "Storm closes markets early." }];
  const pairs = (links: AlignLink[]) => links.map((l) => [l.fr, l.en]);

  it("without it, length decides", () => {
    expect(pairs(alignParagraphs({ fr, en }))).toEqual([[[0], [0]], [[1], []], [[2], [1]]]);
  });
  it("with it, the paragraph whose translation matches the English wins", () => {
    const withMt = [fr[0], { ...fr[1], mt: "Financial markets closed earlier than expected on Tuesday because of the storm." }, { ...fr[2], mt: "It rained all day." }];
    expect(pairs(alignParagraphs({ fr: withMt, en }))).toEqual([[[0], [0]], [[1], [1]], [[2], []]]);
  });
});

describe("bad inputs give a valid alignment", () => {
  const line = (text: string) => ({ text });
  it("both sides empty", () => expect(alignParagraphs({ fr: [], en: [] })).toEqual([]));
  it("one side empty", () => {
    expect(alignParagraphs({ fr: [line("Un."), line("Deux.")], en: [] })).toEqual([
      { fr: [0], en: [], score: 1 },
      { fr: [1], en: [], score: 1 },
    ]);
    expectValidAlignment(alignParagraphs({ fr: [], en: [line("One.")] }), 0, 1);
  });
  it("a 100,000-character paragraph", () => {
    const huge = "Le gouvernement a annoncé 12 mesures. ".repeat(2700).slice(0, 100_000);
    const input = { fr: [line("Titre"), line(huge), line("Fin.")], en: [line("Title"), line(huge.replace(/Le gouvernement a annoncé/g, "The government announced")), line("End.")] };
    const links = alignParagraphs(input);
    expectValidAlignment(links, 3, 3);
    expect(links.map(linkType)).toEqual(["1-1", "1-1", "1-1"]);
  });
  it("10 paragraphs against 1,000", () => {
    const random = seededRandom(7);
    const fr = Array.from({ length: 10 }, () => randomParagraph(random));
    const en = Array.from({ length: 1000 }, () => randomParagraph(random));
    expectValidAlignment(alignParagraphs({ fr, en }), 10, 1000);
    expectValidAlignment(alignParagraphs({ fr: en, en: fr }), 1000, 10);
  });
  it("lines of only punctuation", () => {
    const input = { fr: [line("…"), line("Le 4 juin."), line("« ! »")], en: [line("—"), line("On 4 June."), line("...")] };
    expectValidAlignment(alignParagraphs(input), 3, 3);
  });
});
