import { loadAlignedRows } from "../../lib/documents/aligned-rows";
import { extractAndStoreCandidates, listCandidates } from "../../lib/glossary/candidates";
import { extractCandidates, type ExtractedCandidate } from "../../lib/glossary/extract";
import type { AlignedRow } from "../../lib/documents/aligned-rows";
import { findNameSpans, nameSimilarity, sameNameSpelling } from "../../lib/glossary/names";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { loadAlignedSample } from "./sample";

let temp: TempDb;
let candidates: ExtractedCandidate[];
const byFr = (fr: string) => candidates.find((c) => c.fr === fr || c.variants.includes(fr));

beforeAll(async () => {
  temp = await createTempDb();
  await loadAlignedSample(temp.db); // glossary emptied: nothing is "known"
  const docs = await temp.db.document.findMany({ orderBy: { id: "asc" } });
  const documents = await Promise.all(docs.map(async (d) => ({ slug: d.slug, rows: await loadAlignedRows(temp.db, d.id) })));
  candidates = extractCandidates(documents);
});
afterAll(() => temp.close());

describe("finding names in French text", () => {
  const spans = (text: string, mid: string[] = []) => findNameSpans(text, (w) => mid.includes(w)).spans.map((s) => s.text);

  it("keeps particles, hyphens and lower-case prefixes inside names", () => {
    expect(spans("Il a vu Kim Jong Un, Lee Jae-myung et Bachar al-Assad en Corée du Nord.")).toEqual([
      "Kim Jong Un", "Lee Jae-myung", "Bachar al-Assad", "Corée du Nord",
    ]);
  });

  it("leaves out capitalised common words at a sentence start, keeps names there", () => {
    expect(spans("Rappelons que Moscou a parlé. Coïncidant avec la visite, Poutine est venu.", ["Poutine"])).toEqual(["Moscou", "Poutine"]);
    expect(spans("Sergueï Choïgou est arrivé.")).toEqual(["Sergueï Choïgou"]);
    expect(spans("Lorsque Poutine est arrivé, Pendant Kim dormait.", ["Poutine", "Kim"])).toEqual(["Poutine", "Kim"]);
  });

  it("reads titles and elision: M. Kim, l'Otan, la place Kim Il Sung", () => {
    expect(spans("M. Kim a critiqué l'Otan sur la place Kim Il Sung.")).toEqual(["Kim", "Otan", "place Kim Il Sung"]);
  });

  it("leaves out a minister's portfolio, even after an adjective: ministre russe de la Défense", () => {
    expect(spans("M. Choïgou, ancien ministre russe de la Défense, illustre le rapprochement.")).toEqual(["Choïgou"]);
    expect(spans("Le ministre sud-coréen de l'Unification est venu.")).toEqual([]);
    expect(spans("selon le ministère sud-coréen de l'Unification")).toEqual(["ministère sud-coréen de l'Unification"]);
  });

  it("reads a state's whole name and foreign articles, not their last word alone", () => {
    expect(spans("la RPDC (République populaire démocratique de Corée, ndlr) et la Russie")).toEqual([
      "RPDC", "République populaire démocratique de Corée", "Russie",
    ]);
    expect(spans("écrit Federico Giuliani dans «Il Giornale». Il Partito a voté.")).toEqual(["Federico Giuliani", "Il Giornale", "Il Partito"]);
    expect(spans("Il a parlé. Selon El País et Der Spiegel, oui.")).toEqual(["El País", "Der Spiegel"]);
  });

  it("compares names across transliterations", () => {
    expect(sameNameSpelling("Choïgou", "Choïgu")).toBe(true);
    expect(sameNameSpelling("Kim Jong Un", "Kim Jong-Un")).toBe(true);
    expect(sameNameSpelling("Corée", "Chine")).toBe(false);
    expect(nameSimilarity("Sergueï Choïgou", "Sergei Shoigu")).toBe(1);
    expect(nameSimilarity("Koursk", "Kursk")).toBe(1);
    expect(nameSimilarity("Moscou", "Paris")).toBeLessThan(0.5);
  });
});

describe("extraction on the sample articles", () => {
  it("finds the names a reader expects", () => {
    for (const name of [
      "Kim Jong Un", "Sergueï Choïgou", "Vladimir Poutine", "Emmanuel Macron", "Lee Jae-myung", "Tommy Pigott", "Pyongyang",
      "Moscou", "Koursk", "Singapour", "Kyushu", "KCNA", "Otan",
    ]) {
      expect([name, byFr(name)?.fr]).toEqual([name, name]);
    }
  });

  it("guesses kinds", () => {
    const kind = (fr: string) => byFr(fr)?.kind;
    expect(["Kim Jong Un", "Sergueï Choïgou", "Vladimir Poutine", "Emmanuel Macron", "Tommy Pigott", "Lee Seong-kweun"].map(kind)).toEqual(
      Array(6).fill("person"),
    );
    expect(["Pyongyang", "Moscou", "Koursk", "Singapour", "Kyushu", "place Kim Il Sung"].map(kind)).toEqual(Array(6).fill("place"));
    expect(["KCNA", "Otan", "AFP", "Conseil de sécurité russe"].map(kind)).toEqual(Array(4).fill("organization"));
    // "accusée par Kiev, Séoul et Washington": coordinated with places, they are places.
    expect(["Kiev", "Séoul", "Washington"].map(kind)).toEqual(Array(3).fill("place"));
  });

  it("keeps the lower-case words of an organisation's name", () => {
    const spans = (text: string) => findNameSpans(text, () => true).spans.map((s) => s.text);
    expect(spans("Le secrétaire du Conseil de sécurité russe Sergueï Choïgou est venu.")).toEqual(["Conseil de sécurité russe", "Sergueï Choïgou"]);
    expect(spans("professeur à l'Institut d'études de l'Extrême-Orient de l'université de Kyungnam")).toEqual([
      "Institut d'études de l'Extrême-Orient", "université de Kyungnam",
    ]);
    expect(spans("porte-parole du département d'Etat, selon le ministère des Affaires étrangères.")).toEqual([
      "département d'Etat", "ministère des Affaires étrangères",
    ]);
    expect(spans("Le ministre des Transports, Clément Beaune, est venu.")).toEqual(["Clément Beaune"]);
  });

  it("groups spellings of one name, surnames with their full name", () => {
    expect(byFr("Sergueï Choïgou")!.variants.sort()).toEqual(["Choïgou", "Choïgu"]);
    expect(byFr("Kim Jong Un")!.variants).toEqual(expect.arrayContaining(["Kim Jong-Un"]));
    expect(byFr("Emmanuel Macron")!.variants).toEqual(["Macron"]);
    expect(byFr("Vladimir Poutine")!.variants).toEqual(["Poutine"]);
    expect(byFr("Choïgu")).toBe(byFr("Sergueï Choïgou"));
  });

  it("never makes a name of a sentence-initial common word", () => {
    const all = candidates.flatMap((c) => [c.fr, ...c.variants]);
    for (const word of ["Le", "La", "Les", "Rappelons", "Coïncidant", "Dans", "Selon", "Photo", "Elle", "Il", "Quelque", "En"]) {
      expect(all).not.toContain(word);
    }
  });

  it("proposes no fragments of longer names or portfolios: Défense, Corée, Giornale", () => {
    const all = candidates.flatMap((c) => [c.fr, ...c.variants]);
    for (const word of ["Défense", "Corée", "Giornale"]) expect(all).not.toContain(word);
    expect(byFr("Il Giornale")?.kind).toBe("organization");
  });

  it("leaves out demonyms and capitalised common words; an acronym in English makes an organisation", () => {
    let id = 0;
    const paragraph = (text: string) => ({ id: ++id, position: id, kind: "body" as const, text, origin: "human", status: "final", version: 1 });
    const row = (fr: string, en: string) => ({ linkId: id, score: 1, method: "manual", locked: true, fr: [paragraph(fr)], en: [paragraph(en)] }) as AlignedRow;
    const found = extractCandidates([
      {
        slug: "insee",
        rows: [
          row("Les Parisiens sont plus nombreux à Lyon, selon l'Insee.", "Parisians are more numerous in Lyon, according to INSEE."),
          row("D'après l'Insee, les Marseillaises et les Européens votent à Lyon.", "According to INSEE, women of Marseille and Europeans vote in Lyon."),
          row("La Défense a parlé ; la défense des Lyonnais est assurée.", "Defence spoke; the defence of Lyon's people is assured."),
        ],
      },
    ]);
    const names = found.flatMap((c) => [c.fr, ...c.variants]);
    for (const word of ["Parisiens", "Marseillaises", "Européens", "Lyonnais", "Défense"]) expect(names).not.toContain(word);
    expect(found.find((c) => c.fr === "Insee")).toMatchObject({ kind: "organization", en: "INSEE" });
    expect(found.find((c) => c.fr === "Lyon")?.kind).toBe("place");
  });

  it("proposes the English form from the aligned English when it is evident", () => {
    const en = (fr: string) => byFr(fr)?.en;
    expect(en("Sergueï Choïgou")).toBe("Sergei Shoigu");
    expect(en("Koursk")).toBe("Kursk");
    expect(en("Vladimir Poutine")).toBe("Vladimir Putin");
    expect(en("Moscou")).toBe("Moscow");
    expect(en("Singapour")).toBe("Singapore");
    expect(en("Kim Jong Un")).toBe("Kim Jong Un");
    expect(en("Corée du Nord")).toBe("North Korea");
    expect(en("Otan")).toBe("NATO");
    expect(en("KCNA")).toBe("KCNA");
  });

  it("counts occurrences and documents", () => {
    expect(byFr("Koursk")).toMatchObject({ occurrences: 3, documents: ["kim-soutien-inconditionnel-russie", "choigou-rencontre-kim-pyongyang"] });
    expect(byFr("Tommy Pigott")).toMatchObject({ occurrences: 1, documents: ["kim-soutien-inconditionnel-russie"] });
  });
});

describe("stored candidates", () => {
  it("leaves out names the glossary has, in any spelling, and waits for review", async () => {
    const t = await createTempDb();
    try {
      await loadAlignedSample(t.db, { keepGlossary: true });
      const stored = await extractAndStoreCandidates(t.db);
      const names = stored.flatMap((c) => [c.fr, ...c.variants]);
      for (const known of ["Sergueï Choïgou", "Choïgu", "Kim Jong Un", "Koursk", "Otan", "KCNA"]) expect(names).not.toContain(known);
      // Nor parts of known names: "Giornale" of "Il Giornale".
      expect(names).not.toContain("Giornale");
      expect(stored.every((c) => c.status === "pending")).toBe(true);
      expect(await t.db.glossaryEntry.count()).toBe(49);
      expect((await listCandidates(t.db)).length).toBe(stored.length);
    } finally {
      await t.close();
    }
  });

  it("keeps a person's decisions when extraction runs again", async () => {
    const t = await createTempDb();
    try {
      await loadAlignedSample(t.db);
      const first = await extractAndStoreCandidates(t.db, ["choigou-rencontre-kim-pyongyang"]);
      const kyushu = first.find((c) => c.fr === "Kyushu")!;
      await t.db.glossaryCandidate.update({ where: { id: kyushu.id }, data: { status: "rejected" } });
      const again = await extractAndStoreCandidates(t.db);
      expect(again.find((c) => c.fr === "Kyushu")).toBeUndefined();
      expect((await t.db.glossaryCandidate.findUniqueOrThrow({ where: { id: kyushu.id } })).status).toBe("rejected");
      expect(again.find((c) => c.fr === "Koursk")?.documents).toHaveLength(2);
      // Once a name is in the glossary, its pending candidate goes at the next full run.
      await t.db.glossaryEntry.create({ data: { kind: "place", fr: "Koursk", en: "Kursk" } });
      await extractAndStoreCandidates(t.db);
      expect(await t.db.glossaryCandidate.count({ where: { fr: "Koursk" } })).toBe(0);
      expect(await t.db.glossaryCandidate.count({ where: { fr: "Kyushu" } })).toBe(1);
    } finally {
      await t.close();
    }
  });
});
