import { classifyParagraphs, isCaption, isCredit, isDateline, isHeading, splitTrailingCredit } from "../../lib/text/paragraph-kind";

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

describe("the English side's kinds, recognised as well as the French side's", () => {
  it.each([
    ["(AP Photo/Ahn Young-joon)"],
    ["Photo by Stephane de Sakutin / AFP"],
    ["(Photo by STEPHANE DE SAKUTIN / AFP)"],
    ["Photo : AFP"],
    ["Crédit photo : Claire Dubois"],
    ["© Getty Images"],
    ["AFP PHOTO / KCNA VIA KNS"],
  ])("%s is a credit", (line) => expect(isCredit(line)).toBe(true));

  it.each([["Photo Kim Jong Un"], ["Images satellites"], ["Par Claire Dubois"]])("%s is not a credit", (line) => expect(isCredit(line)).toBe(false));

  it("reads English and French caption shapes alike: ordinals, abbreviated months, openings", () => {
    for (const caption of [
      "Swimmers near the Pont de Bercy in Paris on July 1st, 2025",
      "Des nageurs près du pont de Bercy, à Paris, le 1er juillet 2025",
      "Swimmers in the Seine, Sept. 4, 2025",
      "File photo of Kim Jong Un in Pyongyang",
      "In this handout photo, Kim Jong Un inspects a missile launch",
      "Sur cette photo, Kim Jong Un inspecte un lancement de missile",
    ]) {
      expect([caption, isCaption(caption)]).toEqual([caption, true]);
    }
  });

  it("beside its credit, a caption may end with a full stop, in either language", () => {
    const kinds = (lines: string[]) => classifyParagraphs(lines).map((p) => p.kind);
    expect(kinds(["Swimmers near the Pont de Bercy in Paris on July 1, 2025.", "STEPHANE DE SAKUTIN/AFP", "The city opened three sites."])).toEqual([
      "caption", "credit", "body",
    ]);
    expect(kinds(["KCNA VIA KNS/AFP", "Des nageurs près du pont de Bercy, à Paris, le 1er juillet 2025.", "La mairie a ouvert trois sites."])).toEqual([
      "credit", "caption", "body",
    ]);
    // Away from a credit, a sentence ending on a date is text.
    expect(kinds(["The city opened three sites on July 1, 2025."])).toEqual(["body"]);
  });

  it("splits a credit in parentheses or after a 'Photo:' from the caption it ends", () => {
    expect(splitTrailingCredit("Swimmers near the Pont de Bercy on July 1, 2025. (Photo by Stephane de Sakutin / AFP)")).toEqual([
      "Swimmers near the Pont de Bercy on July 1, 2025.",
      "(Photo by Stephane de Sakutin / AFP)",
    ]);
    expect(splitTrailingCredit("Des nageurs près du pont de Bercy. Photo : Stephane de Sakutin/AFP")).toEqual([
      "Des nageurs près du pont de Bercy.",
      "Photo : Stephane de Sakutin/AFP",
    ]);
    expect(splitTrailingCredit("Le maire a parlé à l'agence (AFP).")).toBeUndefined();
  });

  it("reads datelines in both languages, with a weekday or an ordinal", () => {
    for (const line of ["Paris, mardi 1er juillet 2025", "PARIS, Tuesday, July 1, 2025", "Tokyo, March 12th, 2026", "(Rome, Paris, 22 March 2025)"]) {
      expect([line, isDateline(line)]).toEqual([line, true]);
    }
    expect(isDateline("Paris is hot on July 1, 2025")).toBe(false);
  });
});
