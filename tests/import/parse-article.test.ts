import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArticleFile } from "../../lib/import/parse-article";

const CORPUS = path.join(__dirname, "..", "..", "prisma", "corpus");
const FIXTURES = path.join(__dirname, "..", "fixtures", "import");

describe("plain text, first line 'date YYYY-MM Title'", () => {
  const article = parseArticleFile(path.join(CORPUS, "kim-soutien-inconditionnel-russie.fr.txt"));

  it("takes the date as metadata and the rest of the line as the title", () => {
    expect(article.publishedOn).toBe("2025-06");
    expect(article.title).toBe(
      'Kim Jong Un promet le "soutien inconditionnel" de la Corée du Nord à la Russie contre l\'Ukraine',
    );
    expect(article.dateline).toBeUndefined();
    expect(article.paragraphs[0]).toEqual({ kind: "title", text: article.title });
  });

  it("reads paragraphs separated by blank lines and types captions, credits and headings", () => {
    const kinds = article.paragraphs.map((p) => p.kind);
    expect(article.paragraphs).toHaveLength(34);
    expect(article.paragraphs[1]).toEqual({ kind: "credit", text: "KCNA VIA KNS/AFP" });
    expect(article.paragraphs[2].kind).toBe("caption");
    expect(article.paragraphs.find((p) => p.text === "POOL/AFP/Archives")?.kind).toBe("credit");
    expect(article.paragraphs.find((p) => p.text.startsWith("Déclarations"))?.kind).toBe("heading");
    expect(kinds.filter((k) => k === "caption")).toHaveLength(3);
    expect(kinds.filter((k) => k === "credit")).toHaveLength(3);
    expect(kinds.filter((k) => k === "body")).toHaveLength(26);
  });
});

describe("plain text, first line '(Place, date). Title'", () => {
  const article = parseArticleFile(path.join(CORPUS, "choigou-rencontre-kim-pyongyang.fr.txt"));

  it("keeps the dateline apart from the title", () => {
    expect(article.dateline).toBe("(Rome, Paris, 22 mars 2025)");
    expect(article.publishedOn).toBe("2025-03-22");
    expect(article.title.startsWith("Sergueï Choïgou a rencontré Kim Jong-Un")).toBe(true);
    expect(article.paragraphs.slice(0, 2).map((p) => p.kind)).toEqual(["dateline", "title"]);
  });

  it("reads one paragraph per line", () => {
    expect(article.paragraphs.map((p) => p.kind)).toEqual([
      "dateline", "title", "body", "heading", "body", "body", "body", "heading", "body", "body", "body",
    ]);
  });
});

describe("Markdown", () => {
  const article = parseArticleFile(path.join(FIXTURES, "article.md"));

  it("takes the level-1 heading as title and keeps the words of inline markup", () => {
    expect(article.title).toBe("Le Japon déploie des missiles à longue portée sur Kyushu");
    const first = article.paragraphs.find((p) => p.kind === "body")!;
    expect(first.text).toContain("sur l'île de Kyushu, a annoncé jeudi");
    expect(first.text).toContain("une décision critiquée");
    expect(first.text).not.toMatch(/[*[\]]/);
  });

  it("types captions, credits, subheadings, quotes and list items; decodes entities; drops images", () => {
    expect(article.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ["title", "Le Japon déploie des missiles à longue portée sur Kyushu"],
      ["dateline", "Tokyo, 12 mars 2026"],
      ["body", expect.stringContaining("Le gouvernement japonais")],
      ["caption", "Un lanceur de missiles lors d'un exercice à Kumamoto, le 10 mars 2026"],
      ["credit", "JIJI PRESS/AFP"],
      ["heading", "Une capacité de contre-attaque"],
      ["body", "« Il s'agit d'une mesure purement défensive », a assuré le porte-parole du gouvernement."],
      ["body", "La Corée du Nord a dénoncé une « escalade dangereuse » & promis une réponse."],
      ["body", "Premier point : la portée des missiles dépasse 1 000 km."],
      ["body", "Second point : le déploiement s'achèvera en 2027."],
    ]);
  });
});

describe("HTML", () => {
  const article = parseArticleFile(path.join(FIXTURES, "article.html"));

  it("keeps the article body only: no scripts, styles, navigation, asides or footer", () => {
    const all = article.paragraphs.map((p) => p.text).join("\n");
    expect(all).not.toMatch(/tracker|publicité|Accueil|Lire aussi|Tous droits|font-family/);
  });

  it("reads title, caption and credit, subheadings, paragraphs and metadata", () => {
    expect(article.title).toBe("Séoul accuse Pyongyang d'envoyer des missiles à Moscou");
    expect(article.publishedOn).toBe("2025-06-12");
    expect(article.source).toBe("Le Quotidien");
    expect(article.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ["title", "Séoul accuse Pyongyang d'envoyer des missiles à Moscou"],
      ["caption", "Kim Jong Un lors d'un essai de missile, le 4 juin 2025"],
      ["credit", "KCNA VIA KNS/AFP"],
      ["body", "La Corée du Sud a accusé jeudi la Corée du Nord d'avoir livré des centaines de missiles balistiques à la Russie."],
      ["heading", "Des livraisons par bateau"],
      ["body", "Selon le renseignement sud-coréen, les livraisons ont transité par le port de Rason."],
      ["body", "Le Kremlin n'a pas réagi & Pyongyang dément."],
    ]);
  });
});

describe("short articles: refused only without any text", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vav-short-"));
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a lone <p> without h1 or <title>: its paragraph is the title", () => {
    const article = parseArticleFile(write("lone.html", "<p>Un seul paragraphe.</p>"));
    expect(article.title).toBe("Un seul paragraphe.");
    expect(article.paragraphs).toEqual([{ kind: "title", text: "Un seul paragraphe." }]);
  });

  it("without h1 or <title>, the first block is the title and the rest the body", () => {
    const article = parseArticleFile(write("two.html", "<body><p></p><p>Titre</p><p>Texte du corps.</p></body>"));
    expect(article.title).toBe("Titre");
    expect(article.paragraphs.map((p) => p.text)).toEqual(["Titre", "Texte du corps."]);
  });

  it("a plain-text file of one line is an article with a title only", () => {
    expect(parseArticleFile(write("one.txt", "Une ligne.\n")).title).toBe("Une ligne.");
  });

  it("an HTML page without any text is refused with one line naming the file", () => {
    const file = write("blank.html", "<html><body><div> </div><script>x()</script></body></html>");
    expect(() => parseArticleFile(file)).toThrow(`${file}: no article text found`);
  });

  it("a folder is named as a folder, not as an unknown extension", () => {
    fs.mkdirSync(path.join(dir, "some-dir"));
    expect(() => parseArticleFile(path.join(dir, "some-dir"))).toThrow(`${path.join(dir, "some-dir")}: is a folder, not a file`);
  });
});
