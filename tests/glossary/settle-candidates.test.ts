import { acceptCandidate } from "../../lib/glossary/candidates";
import { addVariant, createEntry } from "../../lib/glossary/entries";
import { importGlossaryText } from "../../lib/glossary/exchange";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let temp: TempDb;
beforeEach(async () => {
  temp = await createTempDb();
});
afterEach(() => temp.close());

const candidate = (fr: string, variants: string[] = [], en: string | null = null) =>
  temp.db.glossaryCandidate.create({ data: { fr, kind: "place", variants, en, documents: ["doc"], occurrences: 1 } });
const statusOf = async (id: number) => (await temp.db.glossaryCandidate.findUniqueOrThrow({ where: { id } })).status;

describe("candidates settled by the glossary", () => {
  it("adding an entry by hand settles its pending candidate, in any spelling", async () => {
    const paysBas = await candidate("Pays-Bas");
    const other = await candidate("Danemark");
    await createEntry(temp.db, { kind: "place", fr: "Pays Bas", en: "Netherlands" });
    expect(await temp.db.glossaryCandidate.findUniqueOrThrow({ where: { id: paysBas.id } })).toMatchObject({ status: "accepted", en: "Netherlands", kind: "place" });
    expect(await statusOf(other.id)).toBe("pending");
  });

  it("a French variant added to an entry settles the candidate it names", async () => {
    const id = await createEntry(temp.db, { kind: "place", fr: "Pays-Bas", en: "Netherlands" });
    const hollande = await candidate("Hollande");
    await addVariant(temp.db, id, { lang: "en", text: "Holland" });
    expect(await statusOf(hollande.id)).toBe("pending");
    await addVariant(temp.db, id, { lang: "fr", text: "Hollande" });
    expect(await statusOf(hollande.id)).toBe("accepted");
  });

  it("accepting a name already in the glossary settles it on that entry and keeps what was typed", async () => {
    // An entry the candidate's review did not see coming (added elsewhere, or imported).
    const entry = await temp.db.glossaryEntry.create({ data: { kind: "place", fr: "Espagne", en: "Spain" } });
    const espagne = await candidate("Espagne", ["Espagnes"]);
    expect(await acceptCandidate(temp.db, espagne.id, { en: "Kingdom of Spain" })).toBe(entry.id);
    expect(await temp.db.glossaryCandidate.findUniqueOrThrow({ where: { id: espagne.id } })).toMatchObject({ status: "accepted", en: "Spain" });
    const after = await temp.db.glossaryEntry.findUniqueOrThrow({ where: { id: entry.id }, include: { variants: true } });
    expect(after.en).toBe("Spain");
    expect(after.variants.map((v) => [v.lang, v.text]).sort()).toEqual([["en", "Kingdom of Spain"], ["fr", "Espagnes"]]);
    expect(await temp.db.glossaryEntry.count()).toBe(1);
  });

  it("accepting a name that is an entry's French variant settles it too", async () => {
    const entry = await temp.db.glossaryEntry.create({ data: { kind: "place", fr: "Turquie", en: "Türkiye", variants: { create: [{ lang: "fr", text: "Turkiye" }] } } });
    const turkiye = await candidate("Turkiye", [], "Turkey");
    expect(await acceptCandidate(temp.db, turkiye.id)).toBe(entry.id);
    const after = await temp.db.glossaryEntry.findUniqueOrThrow({ where: { id: entry.id }, include: { variants: true } });
    expect(after.variants.map((v) => [v.lang, v.text]).sort()).toEqual([["en", "Turkey"], ["fr", "Turkiye"]]);
  });
});

describe("candidates settled by a glossary file", () => {
  it("importing a file that names a pending candidate settles it, in any spelling", async () => {
    const paysBas = await candidate("Pays-Bas");
    const hollande = await candidate("Hollande");
    const other = await candidate("Danemark");
    await importGlossaryText(temp.db, "kind,fr,en,fr_variants\nplace,Pays Bas,Netherlands,Hollande\n", "g.csv");
    expect(await temp.db.glossaryCandidate.findUniqueOrThrow({ where: { id: paysBas.id } })).toMatchObject({ status: "accepted", en: "Netherlands", kind: "place" });
    expect(await statusOf(hollande.id)).toBe("accepted");
    expect(await statusOf(other.id)).toBe("pending");
  });
});
