import { GlossaryMatcher, type GlossaryTerm } from "../../lib/glossary/matcher";
import { partsText, segmentText, toParts } from "../../lib/reader/segments";

const TERMS: GlossaryTerm[] = [
  { id: 1, kind: "person", fr: "Sergueï Choïgou", en: "Sergei Shoigu", note: null, variants: { fr: ["Choïgou", "Choïgu"], en: ["Shoigu"] } },
  { id: 2, kind: "place", fr: "Corée du Nord", en: "North Korea", note: null, variants: { fr: [], en: [] } },
  { id: 3, kind: "place", fr: "Corée", en: "Korea", note: null, variants: { fr: [], en: [] } },
  { id: 4, kind: "organization", fr: "Otan", en: "NATO", note: null, variants: { fr: [], en: [] } },
  { id: 5, kind: "place", fr: "Ukraine", en: "Ukraine", note: null, variants: { fr: [], en: [] } },
];
const fr = new GlossaryMatcher(TERMS, "fr");
const segment = (text: string) => segmentText(text, fr.find(text));
const joined = (text: string) => segment(text).map((s) => s.text).join("");

describe("segmentText", () => {
  it("gives back the stored text exactly, names marked with their one entry", () => {
    const text = "«Sergueï Choïgou» a vu l’Otan et la Corée du Nord, puis Choïgu est reparti d'Ukraine.";
    expect(joined(text)).toBe(text);
    expect(segment(text).filter((s) => s.entryId).map((s) => [s.text, s.entryId])).toEqual([
      ["Sergueï Choïgou", 1],
      ["Otan", 4],
      ["Corée du Nord", 2],
      ["Choïgu", 1],
      ["Ukraine", 5],
    ]);
  });

  it("keeps elisions and punctuation outside the marked name", () => {
    expect(segment("l'Otan.")).toEqual([{ text: "l'" }, { text: "Otan", entryId: 4 }, { text: "." }]);
  });

  it("returns the text as one plain run when nothing matches, even an empty one", () => {
    expect(segment("<script>alert(1)</script>")).toEqual([{ text: "<script>alert(1)</script>" }]);
    expect(segment("")).toEqual([{ text: "" }]);
  });

  it("turns into compact parts that display the same text", () => {
    const text = "Choïgou et l'Otan";
    expect(toParts(segment(text))).toEqual([["Choïgou", 1], " et l'", ["Otan", 4]]);
    expect(partsText(toParts(segment(text)))).toBe(text);
  });

  it("ignores a match that overlaps the previous one or falls outside the text", () => {
    const text = "Corée du Nord";
    const segments = segmentText(text, [
      { start: 0, end: 13, entryId: 2, form: "Corée du Nord" },
      { start: 0, end: 5, entryId: 3, form: "Corée" },
      { start: 10, end: 40, entryId: 3, form: "x" },
    ]);
    expect(segments).toEqual([{ text, entryId: 2 }]);
  });
});
