import { frenchTypography, frenchTypographySegments, NARROW_NBSP as N, NBSP as W } from "../../lib/text/french-typography";

describe("French typography at render time", () => {
  it("sets narrow no-break spaces before ; ! ? and inside « »", () => {
    expect(frenchTypography("« Nous avons voulu offrir de la fraîcheur » ; vraiment ? Oui !")).toBe(
      `«${N}Nous avons voulu offrir de la fraîcheur${N}»${N}; vraiment${N}? Oui${N}!`,
    );
  });

  it("sets no-break spaces before : and %", () => {
    expect(frenchTypography("Premier point : l'inflation a atteint 2,6 %.")).toBe(`Premier point${W}: l'inflation a atteint 2,6${W}%.`);
  });

  it("keeps digit groups together, not a year beside a number, not decimals", () => {
    expect(frenchTypography("2 800 soldats, 1 200 000 euros")).toBe(`2${N}800 soldats, 1${N}200${N}000 euros`);
    expect(frenchTypography("en 2024 2 800 soldats")).toBe(`en 2024 2${N}800 soldats`);
    expect(frenchTypography("le 12 mars, 3 sites, 1,5 000")).toBe("le 12 mars, 3 sites, 1,5 000");
    expect(frenchTypography("Il y a 12 300 morts")).toBe(`Il y a 12${N}300 morts`);
  });

  it("replaces spaces one for one, adds none where the text has none, changes no word", () => {
    const text = "«irréversible» Attention! 11:00 http://x.fr « Kim » 10 000 km";
    const set = frenchTypography(text);
    expect(set).toHaveLength(text.length);
    expect(set.replace(/[\u00A0\u202F]/g, " ")).toBe(text);
    expect(set.startsWith("«irréversible» Attention! 11:00 http://x.fr")).toBe(true);
  });

  it("keeps an existing no-break space as the one French wants there", () => {
    expect(frenchTypography(`«\u00A0oui\u00A0»`)).toBe(`«${N}oui${N}»`);
  });

  it("sets segments as their joined text, at the same lengths, whatever the cuts", () => {
    const segments = ["Il a vu ", "Kim Jong Un", " ! « ", "l'Otan", " » et 2", " 800 soldats"];
    const set = frenchTypographySegments(segments);
    expect(set.map((s) => s.length)).toEqual(segments.map((s) => s.length));
    expect(set.join("")).toBe(frenchTypography(segments.join("")));
    expect(set[2]).toBe(`${N}! «${N}`);
    expect(set[5]).toBe(`${N}800 soldats`);
  });
});
