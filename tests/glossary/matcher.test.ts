import fs from "node:fs";
import path from "node:path";
import type { GlossaryEntryInput } from "../../lib/glossary/entry-schema";
import { GlossaryMatcher, type GlossaryTerm } from "../../lib/glossary/matcher";

const sample: GlossaryTerm[] = (
  JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "prisma", "corpus", "glossary.json"), "utf8")) as GlossaryEntryInput[]
).map((e, i) => ({ ...e, id: i + 1 }));
const fr = new GlossaryMatcher(sample, "fr");
const en = new GlossaryMatcher(sample, "en");
const entryOf = (id: number) => sample.find((e) => e.id === id)!.fr;
const found = (matcher: GlossaryMatcher, text: string) =>
  matcher.find(text).map((m) => [text.slice(m.start, m.end), entryOf(m.entryId)]);

describe("GlossaryMatcher", () => {
  it("matches variants, spacing and hyphens, with offsets into the stored text", () => {
    expect(found(fr, "Sergueï Choïgou a rencontré Kim Jong-Un, puis M. Choïgu est reparti.")).toEqual([
      ["Sergueï Choïgou", "Sergueï Choïgou"],
      ["Kim Jong-Un", "Kim Jong Un"],
      ["Choïgu", "Sergueï Choïgou"],
    ]);
  });

  it("sees through French elision and English possessives", () => {
    expect(found(fr, "l'intention de l’Otan et la guerre d'Ukraine")).toEqual([
      ["Otan", "Otan"],
      ["Ukraine", "Ukraine"],
    ]);
    expect(found(en, "Russia's Security Council and NATO's plans")).toEqual([
      ["Russia's Security Council", "Conseil de sécurité russe"],
      ["NATO", "Otan"],
    ]);
  });

  it("lets the longest name win and gives one entry per match", () => {
    expect(found(fr, "la Corée du Nord et la Corée du Sud en Asie du Nord-Est")).toEqual([
      ["Corée du Nord", "Corée du Nord"],
      ["Corée du Sud", "Corée du Sud"],
      ["Asie du Nord-Est", "Asie du Nord-Est"],
    ]);
    expect(found(fr, "sur la place Kim Il Sung à Pyongyang")).toEqual([
      ["place Kim Il Sung", "place Kim Il Sung"],
      ["Pyongyang", "Pyongyang"],
    ]);
  });

  it("never matches inside a word, and matches acronyms only in capitals", () => {
    expect(found(fr, "Les Russiens de Kievskaïa")).toEqual([]);
    expect(found(en, "Let us tell the US and the UN")).toEqual([
      ["US", "Etats-Unis"],
      ["UN", "ONU"],
    ]);
  });

  it("ignores case and diacritics for names", () => {
    expect(found(fr, "CHOIGOU et choïgou")).toEqual([
      ["CHOIGOU", "Sergueï Choïgou"],
      ["choïgou", "Sergueï Choïgou"],
    ]);
  });
});
