import { CostModel, DEFAULT_PARAMS, LONE_CAP } from "../../lib/align/cost-model";
import { extractFeatures, LONE_CLASSES, withLocalKeys, type SideFeatures } from "../../lib/align/features";

/**
 * Issue 13: one-sided paragraphs were found too rarely (recall 0.61 / 0.44 on the team's
 * sets). A paragraph the other side dropped keeps numbers, names and words no paragraph
 * there has; the features count them, by class, for the cost of leaving it alone.
 */
const counts = (side: SideFeatures, i: number, of: "lone" | "found") =>
  Object.fromEntries(LONE_CLASSES.map((cls, c) => [cls, side[of][i * LONE_CLASSES.length + c]]));

describe("keys the other side lacks", () => {
  const fr = [
    { text: "Le 12 mars, 4 500 soldats sont arrivés à Pyongyang." },
    { text: "La Banque centrale a relevé son taux à 4,25 % en 2023, selon Lagarde." },
  ];
  const en = [
    { text: "On 12 March, 4,500 soldiers arrived in Pyongyang." },
    { text: "Orbán and Fico had threatened 17 vetoes since 2019 in Bratislava." },
  ];
  const f = extractFeatures(fr, en);

  it("are counted by class on the French side: numbers, names, long words", () => {
    // "soldats" and "soldiers" do not look alike; "arrivés" and "arrived" do.
    expect(counts(f.fr, 0, "lone")).toEqual({ n: 0, c: 0, x: 1 });
    expect(counts(f.fr, 0, "found")).toEqual({ n: 2, c: 1, x: 1 });
    // 4,25 and 2023; Banque and Lagarde; centrale.
    expect(counts(f.fr, 1, "lone")).toEqual({ n: 2, c: 2, x: 1 });
  });

  it("and on the English side, though keys only English has are never interned", () => {
    // "March" is a date, not a name French lacks.
    expect(counts(f.en, 0, "lone")).toEqual({ n: 0, c: 0, x: 1 });
    expect(counts(f.en, 0, "found")).toEqual({ n: 2, c: 1, x: 1 });
    // 17 and 2019; Orbán, Fico and Bratislava; threatened.
    expect(counts(f.en, 1, "lone")).toEqual({ n: 2, c: 3, x: 1 });
    expect(counts(f.en, 1, "found")).toEqual({ n: 0, c: 0, x: 0 });
  });

  it("counts every look-alike word found, even those past the number a paragraph keeps as evidence", () => {
    // Ten shared words in 129 characters: nine are kept as evidence (weakKept), but the
    // paragraph lacks none, so its share lacking must be nil rather than a tenth overstated.
    const words = ["agriculture", "commerce", "culture", "information", "administration", "population", "construction", "transport"];
    const g = extractFeatures(
      [{ text: `Parmi eux : ${words.join(", ")}, tourisme, industrie.` }],
      [{ text: `Among them: ${words.join(", ")}, tourism, industry.` }],
    );
    const keptLookAlikes = Array.from(g.fr.keys[0]).filter((id) => g.weak[id]).length;
    expect(counts(g.fr, 0, "found").x).toBe(10);
    expect(keptLookAlikes).toBeLessThan(10);
    expect(counts(g.fr, 0, "lone").x).toBe(0);
  });

  it("on a long text, a key found only far from where the counterpart is expected still counts as found", () => {
    // Counted from where the band expects the counterpart, a band on the wrong copy of
    // recurring content made every paragraph cheap to leave alone (50,000 paragraphs: 0.768).
    const filler = (k: number) => ({ text: `Paragraphe ${k}.` });
    const longFr = [{ text: "Le sommet de 2031 a eu lieu." }, ...Array.from({ length: 60 }, (_, k) => filler(k))];
    const longEn = [...Array.from({ length: 60 }, (_, k) => ({ text: `Paragraph ${k}.` })), { text: "The 2031 summit took place." }];
    const g = extractFeatures(longFr, longEn);
    const local = withLocalKeys(g, [
      [0, 0],
      [longFr.length, longEn.length],
    ]);
    // The key itself is no evidence there any more, but the paragraph does not lack it.
    expect(local.fr.keys[0].length).toBe(0);
    expect(counts(local.fr, 0, "found").n).toBe(1);
    expect(counts(local.fr, 0, "lone").n).toBe(0);
  });
});

describe("the cost of leaving a paragraph alone", () => {
  const fr = [{ text: "Le 12 mars, 4 500 soldats sont arrivés à Pyongyang." }, { text: "Le taux a atteint 4,25 % en 2023 et 3,1 % en 2024." }];
  const en = [{ text: "On 12 March, 4,500 soldiers arrived in Pyongyang." }, { text: "Prices rose." }];
  const f = extractFeatures(fr, en);
  const without = new CostModel(f, { ...DEFAULT_PARAMS, lone: { n: 0, c: 0, x: 0 } });
  const model = new CostModel(f);

  it("is less by the class's weight per key the other side lacks, up to LONE_CAP keys, times the share lacking", () => {
    // Four numbers English lacks, none it has: capped at three, all lacking; one long word ("atteint").
    expect(counts(f.fr, 1, "lone")).toEqual({ n: 4, c: 0, x: 1 });
    expect(counts(f.fr, 1, "found")).toEqual({ n: 0, c: 0, x: 0 });
    expect(without.cost(1, 1, 1, 0) - model.cost(1, 1, 1, 0)).toBeCloseTo(DEFAULT_PARAMS.lone.n * LONE_CAP + DEFAULT_PARAMS.lone.x, 10);
  });

  it("counts only the share of a class lacking, and leaves the cost of links alone", () => {
    // "soldats" lacking, "arrivés" found: half the look-alike words.
    expect(counts(f.fr, 0, "lone")).toEqual({ n: 0, c: 0, x: 1 });
    expect(counts(f.fr, 0, "found").x).toBe(1);
    expect(without.cost(0, 1, 0, 0) - model.cost(0, 1, 0, 0)).toBeCloseTo(DEFAULT_PARAMS.lone.x / 2, 10);
    expect(without.cost(0, 1, 0, 1)).toBe(model.cost(0, 1, 0, 1));
  });
});
