import { readByline } from "../../lib/import/extract-byline";
import { parseArticleContent } from "../../lib/import/parse-article";

describe("bylines and date lines", () => {
  it.each([
    ["Par Claire Dubois · Publié le 1er juillet 2025 à 10h32, modifié à 14h05", { byline: "Claire Dubois", publishedOn: "2025-07-01" }],
    ["Par Claire Dubois · Publié le 1er juillet 2025 · Mis à jour le 2 juillet 2025 à 08h00", { byline: "Claire Dubois", publishedOn: "2025-07-01" }],
    ["By Claire Dubois | Updated July 2, 2025 10:32 am", { byline: "Claire Dubois", publishedOn: "2025-07-02" }],
    ["Par Claire Dubois et Jean Martin (avec AFP)", { byline: "Claire Dubois et Jean Martin (avec AFP)" }],
    ["Par Claire Dubois, envoyée spéciale à Kiev", { byline: "Claire Dubois, envoyée spéciale à Kiev" }],
    ["Publié le 1er juillet 2025", { publishedOn: "2025-07-01" }],
    ["Publié aujourd'hui à 10h32", {}],
  ])("%s", (line, expected) => {
    expect(readByline(line)).toEqual({ byline: undefined, publishedOn: undefined, ...expected });
  });

  it.each([
    "Par ailleurs, le gouvernement a parlé.",
    "Par Moscou, il faut entendre le Kremlin.",
    "Le 1er juillet 2025, la canicule a frappé Paris.",
    "Le président a parlé le 1er juillet 2025",
    "Météo",
  ])("%s is not a byline", (line) => expect(readByline(line)).toBeUndefined());

  it("in a text or Markdown file, a byline after the title is metadata and dates the article", () => {
    const text = parseArticleContent("a.txt", "Canicule à Paris\n\nPar Claire Dubois · Publié le 1er juillet 2025\n\nLa Ville de Paris a ouvert trois sites de baignade.\n");
    expect(text).toMatchObject({ byline: "Claire Dubois", publishedOn: "2025-07-01" });
    expect(text.paragraphs.map((p) => p.kind)).toEqual(["title", "body"]);
    const markdown = parseArticleContent("a.md", "# Heatwave in Paris\n\nBy Claire Dubois\n\nThe City of Paris opened three swimming sites.\n");
    expect(markdown.byline).toBe("Claire Dubois");
    expect(markdown.paragraphs.map((p) => p.kind)).toEqual(["title", "body"]);
  });
});
