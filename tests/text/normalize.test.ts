import { findDate, isPartialIsoDate } from "../../lib/text/dates";
import { foldForMatch, hashText, normalizeText } from "../../lib/text/normalize";
import { isValidSlug, slugify } from "../../lib/text/slug";

describe("text normalization", () => {
  it("folds case, diacritics, hyphens and apostrophes for matching", () => {
    expect(foldForMatch("Kim Jong-Un")).toBe(foldForMatch("kim jong un"));
    expect(foldForMatch("Sergueï Choïgou")).toBe("serguei choigou");
    expect(foldForMatch("l’Otan")).toBe("l'otan");
    expect(foldForMatch("Œuvre")).toBe("oeuvre");
  });
  it("hashes texts that differ only in spacing or apostrophes alike, others apart", () => {
    expect(hashText("l’Otan  a dit")).toBe(hashText("l'Otan a dit "));
    expect(hashText("l'Otan a dit")).not.toBe(hashText("l'Otan a écrit"));
    expect(normalizeText(" a\u00A0 b ")).toBe("a b");
  });
});

describe("dates", () => {
  it("reads dates written out in French and English", () => {
    expect(findDate("(Rome, Paris, 22 mars 2025)")).toBe("2025-03-22");
    expect(findDate("le 1er juin 2024")).toBe("2024-06-01");
    expect(findDate("on June 4, 2025")).toBe("2025-06-04");
    expect(findDate("en 2025")).toBeUndefined();
  });
  it("reads English ordinals and abbreviated months in both languages", () => {
    expect(findDate("on July 1st, 2025")).toBe("2025-07-01");
    expect(findDate("1st July 2025")).toBe("2025-07-01");
    expect(findDate("Sept. 4, 2025")).toBe("2025-09-04");
    expect(findDate("le 4 juil. 2025")).toBe("2025-07-04");
    expect(findDate("le 3 septembre 2025")).toBe("2025-09-03");
  });
  it("accepts partial ISO dates only when valid", () => {
    expect(isPartialIsoDate("2025-06")).toBe(true);
    expect(isPartialIsoDate("2025-13")).toBe(false);
  });
});

describe("slugs", () => {
  it("are readable, accent-free and bounded", () => {
    const slug = slugify('Kim Jong Un promet le "soutien inconditionnel" de la Corée du Nord à la Russie contre l\'Ukraine');
    expect(slug).toBe("kim-jong-un-promet-le-soutien-inconditionnel-de-la-coree-du");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(isValidSlug(slug)).toBe(true);
    expect(isValidSlug("Bad Slug")).toBe(false);
  });
});
