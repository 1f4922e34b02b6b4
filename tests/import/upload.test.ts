import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { MAX_IMPORT_BYTES } from "../../lib/import/import-limits";
import { importWebArticle, uploadsAsArticles, type Upload, type WebArticle } from "../../lib/import/web-import";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { createTempDb, type TempDb } from "../helpers/temp-db";

const FIXTURES = path.join(__dirname, "..", "fixtures", "import");
const CORPUS = path.join(__dirname, "..", "..", "prisma", "corpus");
const canicule = fs.readFileSync(path.join(FIXTURES, "canicule.html"));
const caniculeEn = fs.readFileSync(path.join(FIXTURES, "canicule.en.txt"));

/** A file as the browser sends it (a web File: name, size, bytes). */
const upload = (name: string, bytes: Uint8Array | string) => new File([typeof bytes === "string" ? Buffer.from(bytes) : new Uint8Array(bytes)], name);

let temp: TempDb;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/canicule.html") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(canicule);
    else res.writeHead(404, { "content-type": "text/plain" }).end("no such page");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(async () => {
  temp = await createTempDb();
});
afterEach(() => temp.close());

const article = (name: string, bytes: Uint8Array | string, english?: Upload): WebArticle => ({ kind: "upload", french: upload(name, bytes), english });

describe("importing from the web page", () => {
  it("stores an uploaded article with its English, then aligns it and checks it as the command line does", async () => {
    const result = await importWebArticle(temp.db, article("canicule.html", canicule, upload("canicule.en.txt", caniculeEn)), { source: "AFP" });
    expect(result).toMatchObject({ name: "canicule.html", outcome: "created", documents: [{ slug: expect.any(String), title: expect.stringContaining("Canicule") }] });
    expect(result.refused).toBeUndefined();
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: result.documents[0].slug } });
    expect(doc).toMatchObject({ source: "AFP", importedFrom: "canicule.html" });
    // Aligned: every French and English paragraph in a link; checked: its glossary check is stored as done.
    expect(await temp.db.sourceParagraph.count({ where: { documentId: doc.id, linkId: null } })).toBe(0);
    expect(await temp.db.targetParagraph.count({ where: { documentId: doc.id, linkId: null } })).toBe(0);
    expect(await temp.db.alignmentLink.count({ where: { documentId: doc.id } })).toBeGreaterThan(5);
    const checked = await temp.db.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect(checked.flagsGlossaryVersion).not.toBeNull();

    // The same upload again changes nothing.
    const before = await snapshotDatabase(temp.db);
    expect(await importWebArticle(temp.db, article("canicule.html", canicule, upload("canicule.en.txt", caniculeEn)), { source: "AFP" })).toMatchObject({
      outcome: "unchanged",
    });
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("refuses a bad file with one line naming it, and stores nothing", async () => {
    const before = await snapshotDatabase(temp.db);
    const refusal = async (a: WebArticle) => {
      const result = await importWebArticle(temp.db, a);
      expect(result.outcome).toBeUndefined();
      expect(result.documents).toEqual([]);
      return result.refused?.message;
    };
    expect(await refusal(article("photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))).toBe("photo.txt: binary file (contains NUL bytes), expected UTF-8 text");
    expect(await refusal(article("latin1.txt", Buffer.from("Titre\n\nÉté à Paris\n", "latin1")))).toMatch(/^latin1\.txt: invalid UTF-8 on line 3 \(byte \d+\); convert the file to UTF-8 first$/);
    expect(await refusal(article("bell.txt", "Titre\n\nUn \u0007 ici\n"))).toBe("bell.txt: binary file (control character U+0007 on line 3), expected UTF-8 text");
    expect(await refusal(article("empty.md", "  \n"))).toBe("empty.md: empty file, nothing to import");
    expect(await refusal(article("report.pdf", "%PDF-1.4"))).toMatch(/^report\.pdf: unknown extension \.pdf, expected one of /);
    // A good French file with a bad English one: nothing of either.
    expect(await refusal(article("canicule.html", canicule, upload("canicule.en.txt", "\u0000")))).toBe("canicule.en.txt: binary file (contains NUL bytes), expected UTF-8 text");
    // A name cannot break the one-line message.
    expect(await refusal(article("a\nb.pdf", "x"))).toMatch(/^a\?b\.pdf: unknown extension/);
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("refuses a file over the limit before reading it", async () => {
    const huge: Upload = {
      name: "huge.txt",
      size: MAX_IMPORT_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error("read although over the limit")),
    };
    expect(await importWebArticle(temp.db, { kind: "upload", french: huge })).toMatchObject({ refused: { message: "huge.txt: file is 64.0 MB, over the 64.0 MB limit" } });
    expect(await temp.db.document.count()).toBe(0);
  });

  it("imports pasted French and English, as text from no file", async () => {
    const french = fs.readFileSync(path.join(CORPUS, "kim-soutien-inconditionnel-russie.fr.txt"), "utf8");
    const english = fs.readFileSync(path.join(CORPUS, "kim-soutien-inconditionnel-russie.en.txt"), "utf8");
    const result = await importWebArticle(temp.db, { kind: "paste", french, english, format: "text" });
    expect(result).toMatchObject({ name: "French text", outcome: "created" });
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: result.documents[0].slug } });
    expect(doc.importedFrom).toBeNull();
    expect(await temp.db.targetParagraph.count({ where: { documentId: doc.id } })).toBeGreaterThan(20);
    expect(await temp.db.sourceParagraph.count({ where: { documentId: doc.id, linkId: null } })).toBe(0);
    // A second, different paste is another document, not a replacement of "the file of the same name".
    const other = await importWebArticle(temp.db, { kind: "paste", french: "Un autre titre\n\nUn autre texte, sans rapport.", format: "text" });
    expect(other).toMatchObject({ outcome: "created" });
    expect(other.spared).toBeUndefined();
    expect(await temp.db.document.count()).toBe(2);
    // Pasted Markdown is read as Markdown.
    const markdown = await importWebArticle(temp.db, { kind: "paste", french: "# Le titre\n\nUn **paragraphe**.", format: "markdown" });
    expect(markdown.documents[0].title).toBe("Le titre");
    expect(await importWebArticle(temp.db, { kind: "paste", french: "\u0000", format: "text" })).toMatchObject({ refused: { message: "French text: binary file (contains NUL bytes), expected UTF-8 text" } });
  });

  it("fetches a page the server can reach, and refuses one it cannot, naming the URL", async () => {
    const fetch = { allowPrivateHosts: true };
    const result = await importWebArticle(temp.db, { kind: "url", url: `${base}/canicule.html` }, { fetch });
    expect(result).toMatchObject({ name: `${base}/canicule.html`, outcome: "created" });
    const missing = await importWebArticle(temp.db, { kind: "url", url: `${base}/missing.html` }, { fetch });
    expect(missing.refused?.message).toMatch(new RegExp(`^${base}/missing\\.html: .*404`));
    // Loopback is private: refused unless allowed.
    const blocked = await importWebArticle(temp.db, { kind: "url", url: `${base}/canicule.html` }, { fetch: { allowPrivateHosts: false } });
    expect(blocked.refused?.message).toMatch(/IMPORT_ALLOW_PRIVATE_HOSTS=1/);
    expect(await temp.db.document.count()).toBe(1);
  });

  it("pairs uploaded files by name, NAME.en.EXT with NAME.EXT or NAME.fr.EXT", () => {
    const files = ["b.fr.md", "a.txt", "a.en.txt", "b.en.md", "c.en.txt", "d.tmx"].map((name) => upload(name, "x"));
    const pairs = uploadsAsArticles(files).map((a) => (a.kind === "upload" ? [a.french.name, a.english?.name] : []));
    expect(pairs).toEqual([["b.fr.md", "b.en.md"], ["a.txt", "a.en.txt"], ["c.en.txt", undefined], ["d.tmx", undefined]]);
    expect(uploadsAsArticles([files[1]], upload("other.txt", "y"))).toMatchObject([{ french: { name: "a.txt" }, english: { name: "other.txt" } }]);
    expect(() => uploadsAsArticles(files, upload("other.txt", "y"))).toThrow(expect.objectContaining({ code: "englishNeedsOneArticle", field: "english" }));
  });
});
