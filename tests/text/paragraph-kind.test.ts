import { classifyParagraphs, isCaption, isCredit, isHeading, splitTrailingCredit } from "../../lib/text/paragraph-kind";

describe("credit lines", () => {
  it.each(["KCNA VIA KNS/AFP", "POOL/AFP/Archives", "AFP", "Jung Yeon-je/AFP", "STR/AFP/File"])("%s is a credit", (line) => {
    expect(isCredit(line)).toBe(true);
  });
  it.each(["Les armes de Pyongyang", "Photo de Kim le 4 juin 2025 KCNA VIA KNS/AFP", "ANALYSE", "Moscou/Pyongyang."])(
    "%s is not a credit",
    (line) => expect(isCredit(line)).toBe(false),
  );
});

describe("captions", () => {
  it("splits a credit that ends a caption line", () => {
    expect(
      splitTrailingCredit("Le président russe Vladimir Poutine à Pyongyang, le 19 juin 2024 POOL/AFP/Archives"),
    ).toEqual(["Le président russe Vladimir Poutine à Pyongyang, le 19 juin 2024", "POOL/AFP/Archives"]);
    expect(splitTrailingCredit("Emmanuel Macron à Singapour, le 30 mai 2025 AFP")).toEqual([
      "Emmanuel Macron à Singapour, le 30 mai 2025",
      "AFP",
    ]);
  });
  it("splits a photographer's credit after a caption that ends with a full stop", () => {
    expect(splitTrailingCredit("Des nageurs près du pont de Bercy. STEPHANE DE SAKUTIN/AFP")).toEqual([
      "Des nageurs près du pont de Bercy.",
      "STEPHANE DE SAKUTIN/AFP",
    ]);
    expect(classifyParagraphs(["Des nageurs près du pont de Bercy. STEPHANE DE SAKUTIN/AFP"]).map((p) => p.kind)).toEqual(["caption", "credit"]);
  });

  it("does not split a sentence that happens to end with an agency name", () => {
    expect(splitTrailingCredit("Il a déclaré le 4 juin 2025 à l'AFP.")).toBeUndefined();
  });
  it("recognises captions by their opening or by the date they end on", () => {
    expect(isCaption("Photo de l'agence nord-coréenne KCNA de la rencontre à Pyongyang le 4 juin 2025")).toBe(true);
    expect(isCaption("Kim Jong Un meeting Sergei Shoigu in Pyongyang on June 4, 2025")).toBe(true);
    expect(isCaption("Le dirigeant a promis un soutien le 4 juin 2025.")).toBe(false);
  });
});

describe("headings", () => {
  it("are short and not punctuated like sentences", () => {
    expect(isHeading('Déclarations "imprudentes" de Macron')).toBe(true);
    expect(isHeading("Les deux parties sont convenues de renforcer leurs relations.")).toBe(false);
  });
});

describe("classifyParagraphs", () => {
  it("types each line and splits captions from their credits", () => {
    expect(
      classifyParagraphs([
        "KCNA VIA KNS/AFP",
        "Le président français Emmanuel Macron à Singapour, le 30 mai 2025 AFP",
        "Les armes de Pyongyang",
        "Moscou et Pyongyang ont renforcé leur coopération militaire.",
      ]).map((p) => p.kind),
    ).toEqual(["credit", "caption", "credit", "heading", "body"]);
  });
});
