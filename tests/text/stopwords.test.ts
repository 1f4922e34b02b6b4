import { foldForMatch } from "../../lib/text/normalize";
import { ENGLISH_STOPWORDS, FRENCH_STOPWORDS } from "../../lib/text/stopwords";

describe("stop words", () => {
  it("are folded as the words they are compared with", () => {
    for (const word of [...FRENCH_STOPWORDS, ...ENGLISH_STOPWORDS]) expect(foldForMatch(word)).toBe(word);
    for (const word of ["à", "après", "déjà", "été", "où"]) expect(FRENCH_STOPWORDS.has(foldForMatch(word))).toBe(true);
  });

  it("hold each language's function words, not content words", () => {
    for (const word of ["le", "dans", "selon", "lorsque", "sont"]) expect(FRENCH_STOPWORDS.has(word)).toBe(true);
    for (const word of ["the", "according", "would", "said"]) expect(ENGLISH_STOPWORDS.has(word)).toBe(true);
    for (const word of ["guerre", "president", "russie"]) expect(FRENCH_STOPWORDS.has(word)).toBe(false);
    for (const word of ["war", "president", "russia"]) expect(ENGLISH_STOPWORDS.has(word)).toBe(false);
  });
});
