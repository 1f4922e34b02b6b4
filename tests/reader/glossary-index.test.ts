import type { GlossaryTerm } from "../../lib/glossary/matcher";
import { glossaryFingerprint, GlossaryIndex, glossaryIndexFor } from "../../lib/reader/glossary-index";

const shoigu: GlossaryTerm = { id: 1, kind: "person", fr: "Sergueï Choïgou", en: "Sergei Shoigu", note: "x", variants: { fr: ["Choïgou"], en: ["Shoigu"] } };
const otan: GlossaryTerm = { id: 2, kind: "organization", fr: "Otan", en: "NATO", note: null, variants: { fr: [], en: [] } };

describe("GlossaryIndex", () => {
  it("finds what GlossaryMatcher finds, in each language, and remembers it", () => {
    const index = new GlossaryIndex([shoigu, otan]);
    const first = index.find("fr", "Choïgou et l'Otan");
    expect(first.map((m) => [m.start, m.end, m.entryId])).toEqual([[0, 7, 1], [13, 17, 2]]);
    expect(index.find("fr", "Choïgou et l'Otan")).toBe(first);
    expect(index.find("en", "Shoigu and NATO").map((m) => m.entryId)).toEqual([1, 2]);
  });

  it("forgets the oldest texts beyond its limit", () => {
    const index = new GlossaryIndex([shoigu], undefined, 2);
    const a = index.find("fr", "Choïgou a");
    index.find("fr", "Choïgou b");
    index.find("fr", "Choïgou c");
    expect(index.find("fr", "Choïgou a")).not.toBe(a);
  });

  it("is replaced when a form or variant changes, kept otherwise", () => {
    const one = glossaryIndexFor([shoigu, otan]);
    expect(glossaryIndexFor([{ ...shoigu }, { ...otan }])).toBe(one);
    const changed = glossaryIndexFor([{ ...shoigu, variants: { fr: ["Choïgou", "Choïgu"], en: ["Shoigu"] } }, otan]);
    expect(changed).not.toBe(one);
    expect(changed.find("fr", "Choïgu").map((m) => m.entryId)).toEqual([1]);
    expect(glossaryFingerprint([otan])).not.toBe(glossaryFingerprint([shoigu, otan]));
  });
});
