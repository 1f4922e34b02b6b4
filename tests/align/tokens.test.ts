import { capitalisedKeys, nameKey, normalizeNumber, numberKeys, quoteKeys } from "../../lib/align/tokens";

describe("evidence keys", () => {
  it("numbers compare with their separators normalized", () => {
    expect(normalizeNumber("1,9")).toBe(normalizeNumber("1.9"));
    expect(normalizeNumber("20 000")).toBe(normalizeNumber("20,000"));
    expect(normalizeNumber("10.000")).toBe(normalizeNumber("10,000"));
    expect(normalizeNumber("20\u202F000")).toBe("20000");
    expect(normalizeNumber("2,75")).toBe("2.75");
    expect(normalizeNumber("1.9")).not.toBe(normalizeNumber("19"));
    expect(numberKeys("quelque 10.000 à 12.000 soldats, 2,6% en 2025")).toEqual(numberKeys("some 10,000 to 12,000 soldiers, 2.6% in 2025"));
  });

  it("names compare under a transliteration-insensitive key", () => {
    expect(nameKey("Choïgou")).toBe(nameKey("Shoigu"));
    expect(nameKey("Zaporijjia")).toBe(nameKey("Zaporizhzhia"));
    expect(nameKey("Koursk")).toBe(nameKey("Kursk"));
    expect(nameKey("Kiev")).toBe(nameKey("Kyiv"));
    expect(nameKey("Poutine")).toBe(nameKey("Putin"));
    expect(nameKey("Macron")).not.toBe(nameKey("Moscou"));
  });

  it("capitalised words are names, not sentence furniture", () => {
    expect(capitalisedKeys("Le président Macron a reçu M. Choïgou à Pyongyang.")).toEqual(["c:mcrn", "c:chg", "c:pngng"]);
    expect(capitalisedKeys("The president received Shoigu.")).toEqual(["c:chg"]);
  });

  it("quoted strings in any quotation marks, their contents when they match", () => {
    expect(quoteKeys("les exercices «Freedom Shield» et «défense»")).toEqual(["q:*", "q:freedom shield", "q:*", "q:defense"]);
    expect(quoteKeys('the "Freedom Shield" drills')).toEqual(["q:*", "q:freedom shield"]);
  });
});
