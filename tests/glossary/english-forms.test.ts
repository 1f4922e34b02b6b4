import type { AlignedRow } from "../../lib/documents/aligned-rows";
import { logLikelihood } from "../../lib/glossary/english-forms";
import { extractCandidates, type ExtractedCandidate } from "../../lib/glossary/extract";
import { ALIGN_FIT, ALIGN_GOLD, GLOSSARY_GOLD, goldDocuments } from "./gold-documents";

const find = (candidates: ExtractedCandidate[], fr: string) => candidates.find((c) => c.fr === fr || c.variants.includes(fr));

describe("English forms by association, not only by transliteration", () => {
  // The wire stories alone: Espagne and Pays-Bas occur once each, beside other countries.
  const devSet = extractCandidates(goldDocuments(ALIGN_FIT));

  it("a name met once gets the English name its row leaves unexplained: Espagne → Spain, Pays-Bas → Netherlands", () => {
    expect(find(devSet, "Espagne")).toMatchObject({ en: "Spain", occurrences: 1 });
    expect(find(devSet, "Pays-Bas")).toMatchObject({ en: "Netherlands", occurrences: 1 });
    // Spain goes to Espagne (closer in spelling), Germany then to Allemagne.
    expect(find(devSet, "Allemagne")?.en).toBe("Germany");
  });

  it("takes the whole English name, not a run of it", () => {
    expect(find(devSet, "Agence internationale de l'énergie atomique")?.en).toBe("International Atomic Energy Agency");
    expect(find(devSet, "Banque centrale européenne")?.en).toBe("European Central Bank");
  });

  const all = extractCandidates(goldDocuments(ALIGN_GOLD, GLOSSARY_GOLD));

  it("countries across stories: Espagne, Pays-Bas, Turquie", () => {
    expect(["Espagne", "Pays-Bas", "Turquie"].map((fr) => find(all, fr)?.en)).toEqual(["Spain", "Netherlands", "Turkey"]);
  });

  it("the article belongs to the name on both sides: La Haye / The Hague, Le Caire / Cairo, Le Havre / Le Havre", () => {
    expect(find(all, "La Haye")).toMatchObject({ fr: "La Haye", en: "The Hague", kind: "place" });
    expect(find(all, "Le Caire")).toMatchObject({ fr: "Le Caire", en: "Cairo", variants: ["Caire"] });
    expect(find(all, "Le Havre")).toMatchObject({ fr: "Le Havre", en: "Le Havre" });
    const names = all.flatMap((c) => [c.fr, c.variants]).flat();
    expect(names).not.toContain("Haye");
  });

  it("PIB is a common noun's acronym (produit intérieur brut), not an organisation; l'Alliance is one, not a person", () => {
    expect(find(all, "PIB")).toMatchObject({ kind: "other", en: "GDP" });
    expect(find(all, "Alliance")?.kind).toBe("organization");
  });

  it("proposes nothing when two names of a row could each be either English name", () => {
    let id = 0;
    const paragraph = (text: string) => ({ id: ++id, position: id, kind: "body" as const, text, origin: "imported", status: "draft", version: 1 });
    const row = (fr: string, en: string): AlignedRow => ({ linkId: ++id, score: 1, method: "manual", locked: true, fr: [paragraph(fr)], en: [paragraph(en)] });
    const found = extractCandidates([
      {
        slug: "tie",
        rows: [
          row("Les délégations de Zorbanie et de Quelmarie sont arrivées.", "The delegations of Xandria and Ulvonia arrived."),
          row("Le sommet a duré deux jours.", "The summit lasted two days."),
          row("Les ministres ont signé un accord.", "The ministers signed an agreement."),
        ],
      },
    ]);
    expect(find(found, "Zorbanie")?.en).toBeNull();
    expect(find(found, "Quelmarie")?.en).toBeNull();
  });

  it("scores association against chance (Dunning's log-likelihood ratio)", () => {
    // Always together in 2 rows of 100: far above chance; together as often as chance predicts: nothing.
    expect(logLikelihood(2, 0, 0, 98)).toBeGreaterThan(15);
    expect(logLikelihood(5, 45, 5, 45)).toBeCloseTo(0, 6);
  });
});
