import { FIT_START } from "../../bench/align-dev/fit-params";
import { crossingLinks } from "../../bench/align-dev/evaluate";
import { loadDevSet } from "../../bench/align-dev/load-dev-set";
import { cutCase, longCase, syntheticDocs } from "../../bench/align-dev/long-cases";
import { PROFILES, restructure } from "../../bench/align-dev/restructure";
import { DEFAULT_PARAMS } from "../../lib/align/cost-model";

/** Every paragraph of both sides in exactly one gold link. */
function expectCover(gold: { fr: number[]; en: number[] }[], n: number, m: number) {
  expect(gold.flatMap((l) => l.fr).sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
  expect(gold.flatMap((l) => l.en).sort((a, b) => a - b)).toEqual([...Array(m).keys()]);
}

describe("restructured cases (the benchmark's generated dev set)", () => {
  const docs = syntheticDocs(12);
  const filler = ["An added paragraph of background."];
  const cases = docs.flatMap((doc) => PROFILES.map((profile) => restructure(doc, { profile, seed: 5, split: "report", ood: false, filler })));

  it.each(cases.map((c) => [c.name, c] as const))("%s: gold links cover both sides once, and only swaps cross", (_, c) => {
    expectCover(c.gold, c.fr.length, c.en.length);
    if (c.type !== "swaps") expect(crossingLinks(c.gold).size).toBe(0);
    // The English is each French paragraph's sentences regrouped: a link's two sides hold the same sentences.
    for (const l of c.gold) {
      if (!l.fr.length || !l.en.length) continue;
      const numbers = (texts: string[]) => texts.join(" ").match(/\d+/g)!.sort();
      expect(numbers(l.en.map((j) => c.en[j].text))).toEqual(numbers(l.fr.map((i) => c.fr[i].text)));
    }
  });

  it("the editing profiles produce every link shape the aligner must find", () => {
    const shapes = new Set(cases.flatMap((c) => c.gold.map((l) => `${l.fr.length}-${l.en.length}`)));
    for (const shape of ["1-0", "0-1", "2-1", "1-2", "3-1", "1-3", "4-1", "1-4", "2-2", "2-3"]) expect(shapes).toContain(shape);
    expect(cases.some((c) => crossingLinks(c.gold).size)).toBe(true);
  });

  it("the same seed gives the same case", () => {
    const again = restructure(docs[3], { profile: "heavy", seed: 5, split: "report", ood: false, filler });
    expect(again).toEqual(cases.find((c) => c.name === again.name));
  });
});

describe("long texts and their pieces", () => {
  const c = longCase(syntheticDocs(10), 600, { distinct: 4 });
  it("cover both sides, and so do the pieces cut at document starts", () => {
    expectCover(c.gold, c.fr.length, c.en.length);
    const pieces = cutCase(c, 150);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) expectCover(p.gold, p.fr.length, p.en.length);
    expect(pieces.reduce((s, p) => s + p.gold.length, 0)).toBe(c.gold.length);
  });
});

describe("the dev set's halves", () => {
  it("fit and report hand-written cases are disjoint and named", () => {
    const fit = loadDevSet("fit", { shared: false });
    const report = loadDevSet("report", { shared: false });
    const fitNames = new Set(fit.cases.map((c) => c.name));
    expect(fit.cases.length).toBeGreaterThan(0);
    expect(report.cases.filter((c) => fitNames.has(c.name))).toEqual([]);
    expect(fit.cases.every((c) => c.split === "fit")).toBe(true);
    expect(report.cases.every((c) => c.split === "report")).toBe(true);
    expect(new Set(report.cases.map((c) => c.genre)).size).toBeGreaterThanOrEqual(6);
  });

  it("the fit starts from constants of the same shape as the shipped ones", () => {
    expect(Object.keys(FIT_START).sort()).toEqual(Object.keys(DEFAULT_PARAMS).sort());
    expect(Object.keys(FIT_START.shapePrior).sort()).toEqual(Object.keys(DEFAULT_PARAMS.shapePrior).sort());
  });
});
