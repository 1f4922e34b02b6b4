import fs from "node:fs";
import path from "node:path";
import { saveTranslation } from "../../lib/editing/save-translation";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { expectOneLineRefusal } from "../helpers/expect-refusal";

jest.setTimeout(60_000);

const CORPUS = path.join(__dirname, "..", "..", "prisma", "corpus");
const FR = path.join(CORPUS, "kim-soutien-inconditionnel-russie.fr.txt");
const EN = path.join(CORPUS, "kim-soutien-inconditionnel-russie.en.txt");

let temp: TempDb;
// --no-align: these tests are about what the import itself writes (tests/align covers import + align).
const importCli = (...args: string[]) => runScript("import", [...args, "--no-align"], { DATABASE_URL: temp.url });

beforeAll(async () => {
  temp = await createTempDb();
});
afterAll(async () => {
  await temp.close();
});

describe("npm run import", () => {
  it("without a file: one line pointing at --help, not the whole usage", () => {
    expect(importCli()).toEqual({ status: 1, stdout: "", stderr: "error: missing required argument 'file' (see --help)\n" });
  });

  it("imports a French article with its English translation", async () => {
    const result = importCli(FR, "--en", EN, "--source", "AFP");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^kim-jong-un-promet-le-soutien-inconditionnel-de-la-coree-du: created/);
    const doc = await temp.db.document.findFirstOrThrow({ include: { _count: { select: { sourceParagraphs: true, targetParagraphs: true } } } });
    expect(doc).toMatchObject({ source: "AFP", publishedOn: "2025-06", importedFrom: path.basename(FR) });
    expect(doc.titleEn).toMatch(/^North Korea's Kim Jong Un pledges/);
    expect(doc._count).toEqual({ sourceParagraphs: 34, targetParagraphs: 32 });
    // Every English paragraph starts its history with the imported text.
    expect(await temp.db.revision.count({ where: { origin: "imported", version: 1 } })).toBe(32);
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await snapshotDatabase(temp.db);
    const result = importCli(FR, "--en", EN);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(": unchanged");
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("keeps the English and the rows of unchanged paragraphs when a changed article is re-imported", async () => {
    const doc = await temp.db.document.findFirstOrThrow();
    const englishBefore = await temp.db.targetParagraph.findMany({ orderBy: { position: "asc" } });
    const frenchBefore = await temp.db.sourceParagraph.findMany({ orderBy: { position: "asc" } });
    // Link the fourth French paragraph to its English, as the aligner would.
    const link = await temp.db.alignmentLink.create({
      data: { documentId: doc.id, position: 0, score: 1, method: "manual", locked: true },
    });
    await temp.db.sourceParagraph.update({ where: { id: frenchBefore[3].id }, data: { linkId: link.id } });
    await temp.db.targetParagraph.update({ where: { id: englishBefore[3].id }, data: { linkId: link.id } });

    // Same file name, in another folder: one paragraph rewritten, one added at the end.
    const lines = fs.readFileSync(FR, "utf8").split("\n\n");
    lines[5] = "Il a assuré que son gouvernement soutiendrait la Russie sans condition.";
    lines.push("Un nouveau paragraphe ajouté lors de la mise à jour de la dépêche.");
    const changed = path.join(temp.dir, path.basename(FR));
    fs.writeFileSync(changed, lines.join("\n\n"));

    const result = importCli(changed);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("updated (French: 33 kept, 2 added, 1 removed)");

    const frenchAfter = await temp.db.sourceParagraph.findMany({ orderBy: { position: "asc" } });
    expect(frenchAfter).toHaveLength(35);
    expect(frenchAfter[3].id).toBe(frenchBefore[3].id);
    expect(frenchAfter[3].linkId).toBe(link.id);
    expect(frenchAfter[5].text).toMatch(/sans condition/);
    expect(frenchAfter[5].id).not.toBe(frenchBefore[5].id);
    // The English side was not re-imported: all of it is still there, untouched.
    expect(await temp.db.targetParagraph.findMany({ orderBy: { position: "asc" } })).toEqual(englishBefore.map((p) => (p.id === englishBefore[3].id ? { ...p, linkId: link.id, updatedAt: expect.any(Date) } : p)));
    expect(await temp.db.document.count()).toBe(1);
  });

  it("imports Markdown and HTML articles", async () => {
    const fixtures = path.join(__dirname, "..", "fixtures", "import");
    expect(importCli(path.join(fixtures, "article.md"), "--slug", "japon-missiles").stdout).toBe("japon-missiles: created (French: 0 kept, 10 added, 0 removed)\n");
    const html = importCli(path.join(fixtures, "article.html"));
    expect(html.status).toBe(0);
    const doc = await temp.db.document.findFirstOrThrow({ where: { importedFrom: "article.html" } });
    expect(doc).toMatchObject({ source: "Le Quotidien", publishedOn: "2025-06-12" });
  });
});

describe("short input", () => {
  it("an HTML file of one <p> is imported, its paragraph as the title", async () => {
    const file = path.join(temp.dir, "lone.html");
    fs.writeFileSync(file, "<p>Un seul paragraphe.</p>");
    const result = importCli(file, "--slug", "lone-paragraph");
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(await temp.db.document.findUniqueOrThrow({ where: { slug: "lone-paragraph" } })).toMatchObject({ titleFr: "Un seul paragraphe." });
  });
});

describe("bad input", () => {
  const badFiles: [string, (dir: string) => string, RegExp][] = [
    ["a missing file", (dir) => path.join(dir, "absent.txt"), /absent\.txt: no such file$/],
    ["an empty file", (dir) => write(dir, "empty.txt", "  \n\n "), /empty\.txt: empty file, nothing to import$/],
    ["a binary file", (dir) => write(dir, "image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d])), /image\.txt: binary file/],
    ["invalid UTF-8", (dir) => write(dir, "latin1.txt", Buffer.from("Titre\n\nCorée du Nord\n\nD\xe9j\xe0 vu", "latin1")), /latin1\.txt: invalid UTF-8 on line 3/],
    ["a file over 64 MB", (dir) => write(dir, "huge.txt", "Titre\n\n" + "a".repeat(64 * 1024 * 1024)), /huge\.txt: file is 64\.0 MB, over the 64\.0 MB limit$/],
    ["an unknown extension", (dir) => write(dir, "article.docx", "Titre\n\nTexte."), /article\.docx: unknown extension \.docx, expected one of \.txt/],
    ["a folder", (dir) => fs.mkdtempSync(path.join(dir, "some-dir-")), /some-dir-\w+: is a folder, not a file/],
    ["an HTML page without text", (dir) => write(dir, "blank.html", "<html><body><nav>Menu</nav></body></html>"), /blank\.html: no article text found$/],
  ];
  function write(dir: string, name: string, content: string | Buffer): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  }

  it.each(badFiles)("%s: one line on stderr naming the file, exit 1, database untouched", async (_, make, message) => {
    const file = make(temp.dir);
    const before = await snapshotDatabase(temp.db);
    expectOneLineRefusal(importCli(file), message);
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("a bad English file stops the import before anything is written", async () => {
    const before = await snapshotDatabase(temp.db);
    const badEnglish = write(temp.dir, "broken.en.txt", Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const result = importCli(FR, "--en", badEnglish, "--slug", "another-doc");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.en\.txt: binary file/);
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("an invalid slug is refused", () => {
    const result = importCli(FR, "--slug", "Not A Slug");
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('error: --slug "Not A Slug": use lower-case letters, digits and single hyphens');
  });
});

describe("English corrected in the reader", () => {
  it("is not replaced by a new English file unless asked", async () => {
    const fr = path.join(temp.dir, "protege.fr.txt");
    const en = path.join(temp.dir, "protege.en.txt");
    fs.writeFileSync(fr, "Titre protégé\n\nUn paragraphe.\n\nUn autre paragraphe.");
    fs.writeFileSync(en, "Protected title\n\nA paragraph.\n\nAnother paragraph.");
    expect(importCli(fr, "--en", en, "--slug", "protege").status).toBe(0);
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "protege" } });
    const corrected = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position: 1 } });
    await saveTranslation(temp.db, doc.id, { paragraphId: corrected.id, expectedVersion: 1, text: "A paragraph, corrected.", status: "reviewed" });

    fs.writeFileSync(en, "Protected title\n\nOne paragraph.\n\nAnother paragraph.");
    const before = await snapshotDatabase(temp.db);
    const refused = importCli(fr, "--en", en, "--slug", "protege");
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      "error: --en: the new English would replace 1 paragraph corrected or reviewed in the reader; add --replace-edited to replace them anyway",
    );
    expect(await snapshotDatabase(temp.db)).toEqual(before);

    expect(importCli(fr, "--en", en, "--slug", "protege", "--replace-edited").status).toBe(0);
    const texts = (await temp.db.targetParagraph.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } })).map((p) => p.text);
    expect(texts).toEqual(["Protected title", "One paragraph.", "Another paragraph."]);
  });
});

describe("file names", () => {
  it("are read from the folder where the command was typed (npm's INIT_CWD)", async () => {
    const fixtures = path.join(__dirname, "..", "fixtures", "import");
    const result = runScript("import", ["article.md", "--slug", "from-user-folder", "--no-align"], { DATABASE_URL: temp.url, INIT_CWD: fixtures });
    expect(result.stderr).toBe("");
    expect(await temp.db.document.count({ where: { slug: "from-user-folder" } })).toBe(1);
  });
});
