import { cutAtSpans, EXCERPT_LENGTH, excerptRange, findSpans } from "../../lib/search/highlight";
import { parseSearchQuery } from "../../lib/search/query";
import { foldWord, wordsOf } from "../../lib/search/words";

const marked = (text: string, search: string) => findSpans(text, parseSearchQuery(search).terms).map(([s, e]) => text.slice(s, e));

describe("words", () => {
  it("are runs of letters and digits, with their offsets in the stored text", () => {
    const text = "L’Otan, à «\u00a0Pyongyang\u00a0» : 2\u202f800 soldats.";
    expect(wordsOf(text).map((w) => [text.slice(w.start, w.end), w.folded])).toEqual([
      ["L", "l"], ["Otan", "otan"], ["à", "a"], ["Pyongyang", "pyongyang"], ["2", "2"], ["800", "800"], ["soldats", "soldats"],
    ]);
  });

  it("fold as the index does, text in NFD included", () => {
    expect(foldWord("Choi\u0308gou")).toBe("choigou");
    expect(foldWord("ŒUVRE")).toBe("oeuvre");
  });
});

describe("marking a search's matches", () => {
  it("marks words whatever their case and accents, in the stored text's own spelling", () => {
    expect(marked("Sergueï Choïgou a vu M. CHOIGOU.", "choigou")).toEqual(["Choïgou", "CHOIGOU"]);
    expect(marked("Au cœur de l'Œuvre", "coeur oeuvre")).toEqual(["cœur", "Œuvre"]);
  });

  it("marks a phrase from its first word to its last, across the signs between them", () => {
    expect(marked("Kim Jong-Un et Kim Jong Un, pas Kim seul.", '"kim jong un"')).toEqual(["Kim Jong-Un", "Kim Jong Un"]);
    expect(marked("l'Otan et l’OTAN", "l'otan")).toEqual(["l'Otan", "l’OTAN"]);
  });

  it("marks whole words only, or the words a prefix begins", () => {
    expect(marked("Pyongyang, Pyong et pyongyangais ; Kim", "pyong")).toEqual(["Pyong"]);
    expect(marked("Pyongyang, Pyong et pyongyangais ; Kim", "pyong*")).toEqual(["Pyongyang", "Pyong", "pyongyangais"]);
  });

  it("merges overlapping matches into one run, in order", () => {
    const text = "Kim Jong Un à Pyongyang";
    expect(findSpans(text, parseSearchQuery('pyongyang "jong un" "kim jong"').terms)).toEqual([[0, 11], [14, 23]]);
  });

  it("cuts text into marked and plain pieces that give it back exactly", () => {
    const text = "Sergueï Choïgou à Pyongyang";
    const spans = findSpans(text, parseSearchQuery("choigou pyongyang").terms);
    const pieces = cutAtSpans(text, spans);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(["Choïgou", "Pyongyang"]);
    // A run that starts at offset 8 of the same text (a glossary name, an excerpt).
    expect(cutAtSpans("Choïgou à", spans, 8)).toEqual([{ text: "Choïgou", marked: true }, { text: " à", marked: false }]);
  });

  it("shows a long paragraph around its first match, cut at spaces", () => {
    const text = `${"mot ".repeat(400)}Choïgou ${"fin ".repeat(400)}`;
    const spans = findSpans(text, parseSearchQuery("choigou").terms);
    const [start, end] = excerptRange(text, spans);
    expect(end - start).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(start).toBeLessThan(spans[0][0]);
    expect(end).toBeGreaterThan(spans[0][1]);
    expect(text[start - 1]).toBe(" ");
    expect(excerptRange("court", [])).toEqual([0, 5]);
  });
});
