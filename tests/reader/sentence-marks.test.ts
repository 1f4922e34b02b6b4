import { cutIntoSentences, sentenceMarksOf, type SentenceRun } from "../../lib/reader/sentence-marks";
import type { TextPart } from "../../lib/reader/segments";
import { splitSentences } from "../../lib/text/sentences";

const textOf = (runs: SentenceRun[]) => runs.flatMap((r) => r.parts.map((p) => p.text)).join("");
/** Each run as its text, sentences in brackets with their pairing: "[0:Il pleut.] [1:Il vente.]". */
const shape = (runs: SentenceRun[]) => runs.map((r) => (r.mark ? `[${r.mark[2]}:${r.parts.map((p) => p.text).join("")}]` : r.parts.map((p) => p.text).join(""))).join("");

describe("cutIntoSentences", () => {
  it("wraps each sentence whole, the spaces between them outside, the text unchanged", () => {
    const text = "M. Dupont est arrivé. Il a dit « non ».  Puis il est parti.";
    const marks = splitSentences(text, "fr").map((s, i): [number, number, number] => [s.start, s.end, i]);
    const runs = cutIntoSentences([text], marks);
    expect(textOf(runs)).toBe(text);
    expect(shape(runs)).toBe("[0:M. Dupont est arrivé.] [1:Il a dit « non ».]  [2:Puis il est parti.]");
  });

  it("keeps glossary names inside their sentence, with their offsets in the paragraph", () => {
    const parts: TextPart[] = [["Choïgou", 1], " est venu. Il a vu ", ["Kim", 2], "."];
    const runs = cutIntoSentences(parts, [
      [0, 17, 0],
      [18, 30, 1],
    ]);
    expect(textOf(runs)).toBe("Choïgou est venu. Il a vu Kim.");
    expect(runs.map((r) => r.mark?.[2] ?? null)).toEqual([0, null, 1]);
    expect(runs[0].parts).toEqual([
      { text: "Choïgou", entryId: 1, offset: 0 },
      { text: " est venu.", offset: 7 },
    ]);
    expect(runs[2].parts).toEqual([
      { text: "Il a vu ", offset: 18 },
      { text: "Kim", entryId: 2, offset: 26 },
      { text: ".", offset: 29 },
    ]);
  });

  it("cuts a name that crosses a sentence's edge, each piece keeping its entry", () => {
    const runs = cutIntoSentences(["A ", ["B. C", 7], " d."], [
      [0, 4, 0],
      [5, 9, 1],
    ]);
    expect(shape(runs)).toBe("[0:A B.] [1:C d.]");
    expect(runs[0].parts[1]).toEqual({ text: "B.", entryId: 7, offset: 2 });
    expect(runs[2].parts[0]).toEqual({ text: "C", entryId: 7, offset: 5 });
  });

  it("leaves the text plain where the marks do not fit it (stale, overlapping, outside)", () => {
    expect(shape(cutIntoSentences(["Un. Deux."], [[0, 40, 0]]))).toBe("Un. Deux.");
    expect(shape(cutIntoSentences(["Un. Deux."], [[0, 3, 0], [2, 9, 1]]))).toBe("[0:Un.] Deux.");
    expect(shape(cutIntoSentences(["Un. Deux."], [[4, 4, 0]]))).toBe("Un. Deux.");
    expect(shape(cutIntoSentences(["Un. Deux."], []))).toBe("Un. Deux.");
    expect(cutIntoSentences([""], [])).toEqual([{ mark: null, parts: [{ text: "", offset: 0 }] }]);
  });

  it("keeps a sentence's pairing, whatever its order among the others (pairings may cross)", () => {
    expect(shape(cutIntoSentences(["Deux. Un."], [[0, 5, 1], [6, 9, 0]]))).toBe("[1:Deux.] [0:Un.]");
  });
});

describe("sentenceMarksOf", () => {
  it("gives each paragraph its sentences in order, each with its pairing in the link", () => {
    const marks = sentenceMarksOf({
      fr: [
        { paragraphId: 10, start: 0, end: 12 },
        { paragraphId: 10, start: 13, end: 30 },
        { paragraphId: 11, start: 0, end: 8 },
      ],
      en: [
        { paragraphId: 20, start: 0, end: 25 },
        { paragraphId: 20, start: 26, end: 31 },
      ],
      // 2:1, then a French sentence the English leaves out, then an English one of its own.
      pairs: [
        { fr: [0, 1], en: [0] },
        { fr: [2], en: [] },
        { fr: [], en: [1] },
      ],
    });
    expect(marks.fr.get(10)).toEqual([
      [0, 12, 0],
      [13, 30, 0],
    ]);
    expect(marks.fr.get(11)).toEqual([[0, 8, 1]]);
    expect(marks.en.get(20)).toEqual([
      [0, 25, 0],
      [26, 31, 2],
    ]);
  });

  it("orders crossed pairings by offset, and names a sentence once", () => {
    const marks = sentenceMarksOf({
      fr: [
        { paragraphId: 1, start: 0, end: 5 },
        { paragraphId: 1, start: 6, end: 9 },
      ],
      en: [
        { paragraphId: 2, start: 0, end: 4 },
        { paragraphId: 2, start: 5, end: 9 },
      ],
      pairs: [
        { fr: [0], en: [1] },
        { fr: [1], en: [0] },
        { fr: [1], en: [] },
      ],
    });
    expect(marks.en.get(2)).toEqual([
      [0, 4, 1],
      [5, 9, 0],
    ]);
    expect(marks.fr.get(1)).toEqual([
      [0, 5, 0],
      [6, 9, 1],
    ]);
  });

  it("keeps French and English paragraphs apart when their ids coincide", () => {
    const marks = sentenceMarksOf({
      fr: [{ paragraphId: 7, start: 0, end: 4 }],
      en: [{ paragraphId: 7, start: 0, end: 9 }],
      pairs: [{ fr: [0], en: [0] }],
    });
    expect(marks.fr.get(7)).toEqual([[0, 4, 0]]);
    expect(marks.en.get(7)).toEqual([[0, 9, 0]]);
  });
});
