import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { alignDocument } from "../../lib/align/align-document";
import { loadAlignedRows } from "../../lib/documents/aligned-rows";
import { importFile } from "../../lib/import/import-file";
import { parseArticleContent, parseArticleFile } from "../../lib/import/parse-article";
import { createTempDb } from "../helpers/temp-db";

const FIXTURES = path.join(__dirname, "..", "fixtures", "import");
const CANICULE = path.join(FIXTURES, "canicule.html");
const CANICULE_EN = path.join(FIXTURES, "canicule.en.txt");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vav-html-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
const page = (body: string, head = "") => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const BODY_TEXT = "<p>La Ville de Paris a ouvert mardi trois sites de baignade dans la Seine, une semaine plus tôt que prévu.</p>";

describe("a news page: kicker, byline and date are metadata, never subheadings", () => {
  const article = parseArticleFile(CANICULE);

  it("keeps the kicker and the byline as metadata, and dates the article from the byline", () => {
    expect(article).toMatchObject({
      title: "Canicule : Paris ouvre ses baignades en Seine plus tôt que prévu",
      kicker: "Météo",
      byline: "Claire Dubois",
      publishedOn: "2025-07-01",
      source: "Le Quotidien",
      sourceUrl: "https://www.lequotidien.example/meteo/article/2025/07/01/canicule-paris-baignades-seine",
    });
  });

  it("reads the article's text only, the figure's caption and credit included", () => {
    expect(article.paragraphs.map((p) => [p.kind, p.text.slice(0, 30).trim()])).toEqual([
      ["title", "Canicule : Paris ouvre ses bai"],
      ["body", "Face à des températures qui dé"],
      ["caption", "Des nageurs près du pont de Be"],
      ["credit", "STEPHANE DE SAKUTIN/AFP"],
      ["body", "La Ville de Paris a ouvert mar"],
      ["body", "Les sites du bras Marie, de Gr"],
      ["body", "Météo-France a placé seize dép"],
      ["heading", "Une qualité de l'eau surveillé"],
      ["body", "La qualité de l'eau est contrô"],
      ["body", "« Nous avons voulu offrir de l"],
    ]);
    const all = article.paragraphs.map((p) => p.text).join("\n");
    expect(all).not.toMatch(/Claire Dubois|Publié le|Lire aussi|newsletter|Partager|Commentaires|S'abonner|Tous droits/);
  });

  it("finds a byline without class names, a kicker inside the title and a <time> date", () => {
    const article = parseArticleContent(
      "page.html",
      page(`<article><h1><span class="surtitre">International</span> Séoul accuse Pyongyang</h1>
        <p>Par Anna Rossi et Jean Martin · <time datetime="2025-06-12T08:30:00+02:00">12/06/2025</time></p>${BODY_TEXT}</article>`),
    );
    expect(article).toMatchObject({ title: "Séoul accuse Pyongyang", kicker: "International", byline: "Anna Rossi et Jean Martin", publishedOn: "2025-06-12" });
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["title", "body"]);
  });

  it("takes a date line above the title and an English byline", () => {
    const article = parseArticleContent(
      "page.html",
      page(`<main><div class="date">Published July 1, 2025</div><h1>Paris opens Seine swimming spots</h1><div>By Claire Dubois</div>
        <p>The City of Paris on Tuesday opened three swimming sites in the Seine, a week earlier than planned.</p></main>`),
    );
    expect(article).toMatchObject({ byline: "Claire Dubois", publishedOn: "2025-07-01" });
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["title", "body"]);
  });

  it("leaves a lede that opens with « Par » or a date as text", () => {
    const lede = "<p>Par ailleurs, le 1er juillet 2025, la mairie a ouvert trois sites de baignade dans la Seine.</p>";
    const article = parseArticleContent("page.html", page(`<h1>Canicule</h1>${lede}`));
    expect(article.byline).toBeUndefined();
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["title", "body"]);
  });

  it("a page without <html> or <body> (HTML allows leaving them out) is read like any other", () => {
    const article = parseArticleContent("page.html", `<title>Canicule | Le Quotidien</title><h1>Canicule</h1><p class="byline">Par Claire Dubois</p>${BODY_TEXT}`);
    expect(article).toMatchObject({ title: "Canicule", byline: "Claire Dubois" });
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["title", "body"]);
  });
});

describe("the English side's kinds, from an --en text file", () => {
  it("a caption in its own block, with its full stop and an ordinal date, is a caption; its credit a credit", () => {
    const english = parseArticleFile(CANICULE_EN);
    expect(english.paragraphs.slice(0, 4).map((p) => p.kind)).toEqual(["title", "caption", "credit", "body"]);
  });

  it("imported together and aligned, title pairs with title and caption with caption; no byline or kicker row", async () => {
    const temp = await createTempDb();
    try {
      const { slug, documentId } = await importFile(temp.db, CANICULE, { en: CANICULE_EN });
      const doc = await temp.db.document.findUniqueOrThrow({ where: { slug } });
      expect(doc).toMatchObject({ kicker: "Météo", byline: "Claire Dubois", publishedOn: "2025-07-01", titleEn: expect.stringMatching(/^Heatwave/) });
      await alignDocument(temp.db, slug);
      const rows = await loadAlignedRows(temp.db, documentId);
      const rowOf = (kind: string) => rows.find((r) => r.fr.some((p) => p.kind === kind));
      expect(rowOf("title")!.en.map((p) => p.kind)).toEqual(["title"]);
      expect(rowOf("caption")!.en.map((p) => p.kind)).toEqual(["caption"]);
      const french = rows.flatMap((r) => r.fr.map((p) => p.text));
      expect(french).not.toContain("Météo");
      expect(french.some((t) => t.includes("Claire Dubois"))).toBe(false);
    } finally {
      await temp.close();
    }
  });
});

describe("hostile nesting is refused at once, with one line naming the file", () => {
  it(
    "HTML nested 100,000 levels deep (1.1 MB)",
    () => {
      const file = write("deep.html", `<html><body>${"<div>".repeat(100_000)}texte${"</div>".repeat(100_000)}</body></html>`);
      expect(() => parseArticleFile(file)).toThrow(`${file}: line 1: HTML nested more than 256 elements deep, refused (no article needs that)`);
    },
    // The time is not what is asserted (that is the benchmarks' job): today's main needs minutes.
    300_000,
  );

  it("a page nested 250 levels deep is still read", () => {
    const file = write("nested.html", `<html><body>${"<div>".repeat(250)}<h1>Titre</h1>${BODY_TEXT}${"</div>".repeat(250)}</body></html>`);
    expect(parseArticleFile(file).paragraphs.map((p) => p.kind)).toEqual(["title", "body"]);
  });

  it("many chains each just under the limit: refused on their sum, which Readability's work follows", () => {
    const chain = `${"<div>".repeat(250)}${BODY_TEXT}${"</div>".repeat(250)}\n`;
    const file = write("chains.html", `<html><body><h1>Titre</h1>\n${chain.repeat(40)}</body></html>`);
    expect(() => parseArticleFile(file)).toThrow(`${file}: line 33: HTML too deeply nested overall (elements' depths add up to over 1,000,000), refused (no article needs that)`);
  });

  it("Markdown nested past 100 levels: blockquotes and lists", () => {
    const quotes = write("quotes.md", `# Titre\n\n${">".repeat(100_000)} texte\n`);
    expect(() => parseArticleFile(quotes)).toThrow(`${quotes}: line 3: Markdown nested more than 100 levels deep, refused (no article needs that)`);
    const lists = write("lists.md", Array.from({ length: 2_000 }, (_, i) => `${" ".repeat(i * 2)}- x`).join("\n"));
    expect(() => parseArticleFile(lists)).toThrow(/lists\.md: line 101: Markdown nested more than 100 levels deep/);
  });
});
