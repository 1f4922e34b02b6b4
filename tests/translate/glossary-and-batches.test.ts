import type { GlossaryTerm } from "../../lib/glossary/matcher";
import { formBytes, makeBatches } from "../../lib/translate/batches";
import { glossaryHash, glossaryPairs } from "../../lib/translate/glossary-sync";

const term = (id: number, fr: string, en: string, frVariants: string[] = [], enVariants: string[] = []): GlossaryTerm => ({
  id,
  kind: "person",
  fr,
  en,
  note: null,
  variants: { fr: frVariants, en: enVariants },
});

describe("DeepL glossary lines", () => {
  it("sends canonical forms and French variants to the canonical English, never English variants", () => {
    expect(glossaryPairs([term(1, "Sergueï Choïgou", "Sergei Shoigu", ["Choïgou", "Choïgu"], ["Shoigu"])])).toEqual([
      { fr: "Choïgou", en: "Sergei Shoigu" },
      { fr: "Choïgu", en: "Sergei Shoigu" },
      { fr: "Sergueï Choïgou", en: "Sergei Shoigu" },
    ]);
  });

  it("leaves out a variant that entries with different English claim, keeping canonical forms", () => {
    const pairs = glossaryPairs([
      term(1, "Kim Jong Un", "Kim Jong Un", ["Kim"]),
      term(2, "Kim Yo Jong", "Kim Yo Jong", ["Kim"]),
      term(3, "Corée", "Korea"),
      term(4, "Corée du Nord", "North Korea", ["corée"]),
    ]);
    expect(pairs.map((p) => p.fr)).toEqual(["Corée", "Corée du Nord", "Kim Jong Un", "Kim Yo Jong"]);
  });

  it("keeps a variant that differs from its own entry only in spelling details", () => {
    expect(glossaryPairs([term(1, "Kim Jong Un", "Kim Jong Un", ["Kim Jong-Un", "Kim Jong Un"])]).map((p) => p.fr)).toEqual([
      "Kim Jong Un",
      "Kim Jong-Un",
    ]);
  });

  it("hashes the content: same entries in another order, same hash; any change, another", () => {
    const a = [term(1, "Moscou", "Moscow"), term(2, "Pékin", "Beijing")];
    const b = [term(7, "Pékin", "Beijing"), term(3, "Moscou", "Moscow")];
    expect(glossaryHash(glossaryPairs(a))).toBe(glossaryHash(glossaryPairs(b)));
    expect(glossaryHash(glossaryPairs([term(1, "Moscou", "Moskva"), a[1]]))).not.toBe(glossaryHash(glossaryPairs(a)));
  });
});

describe("batches", () => {
  const texts = Array.from({ length: 7 }, (_, i) => `Paragraphe ${i} é`);

  it("cuts by count", () => {
    expect(makeBatches(texts, (t) => t, undefined, { maxTexts: 3, maxBytes: 1 << 20 }).map((b) => b.length)).toEqual([3, 3, 1]);
  });

  it("cuts by encoded size, counting the context, and sends an oversized text alone", () => {
    const size = formBytes("text", texts[0]);
    expect(encodeURIComponent("é")).toHaveLength(6);
    const limits = { maxTexts: 50, maxBytes: 1024 + formBytes("context", "Titre") + 2 * size };
    expect(makeBatches(texts, (t) => t, "Titre", limits).map((b) => b.length)).toEqual([2, 2, 2, 1]);
    const huge = "x".repeat(5000);
    expect(makeBatches(["a", huge, "b"], (t) => t, undefined, { maxTexts: 50, maxBytes: 2048 }).map((b) => b.length)).toEqual([1, 1, 1]);
  });
});
