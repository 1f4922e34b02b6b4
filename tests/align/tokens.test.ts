import { capitalisedKeys, normalizeNumber, numberKeys, quoteKeys } from "../../lib/align/tokens";

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

  it("numbers written with a word for thousands, and decades, meet their figures", () => {
    // news-test2008: "entre 50 et 100 mille euros" translated "from 50,000 euros to 100,000".
    expect(numberKeys("de 5 à 15 mille euros, 100\u00A0mille, 1,5 mille")).toEqual(["n:5", "n:15000", "n:100000", "n:1500"]);
    expect(numberKeys("75 thousand, 15,000")).toEqual(["n:75000", "n:15000"]);
    expect(numberKeys("dans les années 90, les années 1970")).toEqual(numberKeys("in the 1990s, the 1970s"));
    expect(numberKeys("dans les années 80")).toEqual(numberKeys("in the 80s"));
    expect(numberKeys("in the '80s")).toEqual(["n:1980"]);
    // Only a two-digit decade after "années" or before "s" is a decade; only a number under
    // a thousand before "mille" is thousands (a year is not), and "mille-pattes" is a word.
    expect(numberKeys("90 années, années 93, 93s")).toEqual(["n:90", "n:93", "n:93"]);
    expect(numberKeys("En 1998 mille manifestants, 5 mille-pattes")).toEqual(["n:1998", "n:5"]);
  });

  it("capitalised words are names, not sentence furniture", () => {
    expect(capitalisedKeys("Le président Macron a reçu M. Choïgou à Pyongyang.")).toEqual(["c:mcrn", "c:chg", "c:pngng"]);
    expect(capitalisedKeys("The president received Shoigu.")).toEqual(["c:chg"]);
    // Consonants only: the French and English spellings of Kiev, Kharkiv and Moscow meet.
    expect(capitalisedKeys("Kiev, Kharkov et Moscou")).toEqual(capitalisedKeys("Kyiv, Kharkiv and Moscow"));
    // Function words at a sentence start are not names; New (York), Est (the East) and IS are.
    expect(capitalisedKeys("Selon Moscou. Pendant ce temps. Depuis Séoul. According to Seoul.")).toEqual(["c:msc", "c:sl", "c:sl"]);
    expect(capitalisedKeys("New York. Dans l'Est. IS fighters")).toEqual(["c:nv", "c:irk", "c:est", "c:is"]);
    // Months and days are dates: English capitalises them, French does not.
    expect(capitalisedKeys("On Thursday, March 14, Theresa spoke. Lundi 3 mars, Sunday, June, April.")).toEqual(["c:thrs"]);
  });

  it("quoted strings in any quotation marks, their contents when they match", () => {
    expect(quoteKeys("les exercices «Freedom Shield» et «défense»")).toEqual(["q:*", "q:freedom shield", "q:*", "q:defense"]);
    expect(quoteKeys('the "Freedom Shield" drills')).toEqual(["q:*", "q:freedom shield"]);
  });
});
