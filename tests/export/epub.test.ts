import path from "node:path";
import { alignAll } from "../../lib/align/align-document";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { loadAlignedRows } from "../../lib/documents/aligned-rows";
import { PART_CHARS } from "../../lib/export/epub/chapter";
import { loadGlossaryTerms } from "../../lib/glossary/load-terms";
import { GlossaryMatcher } from "../../lib/glossary/matcher";
import { hashText } from "../../lib/text/normalize";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { epubBytes, epubcheck, loadXhtml, parseXml, shownRows, shownText, unzipBook, writeTemp, type ShownRow } from "./epub-helpers";
import { FORBIDDEN_CLEAN, seedHostile } from "./seed";

jest.setTimeout(180_000);

const SAMPLE = "kim-soutien-inconditionnel-russie";
const LONG_ROWS = 400;
/** One paragraph longer than a content file is meant to be (it must stay whole). */
const GIANT = `Un paragraphe démesuré. ${"Très long texte sans fin, ".repeat(12_000)}Fin.`;

let temp: TempDb;
let hostileRows: Awaited<ReturnType<typeof seedHostile>>;

/** A document no aligner ran on: French and English paragraphs, no link; no glossary name. */
async function seedUnaligned(db: TempDb["db"]) {
  const doc = await db.document.create({ data: { slug: "sans-liens", titleFr: "Un texte sans liens", titleEn: "A text without links", sourceHash: "u" } });
  const fr = ["Premier paragraphe, sans traduction rattachée.", "Deuxième paragraphe.", "Troisième et dernier."];
  const en = ["First paragraph, attached to nothing.", "Second paragraph."];
  await db.sourceParagraph.createMany({ data: fr.map((text, position) => ({ documentId: doc.id, position, kind: "body", text, hash: hashText(text) })) });
  await db.targetParagraph.createMany({
    data: en.map((text, position) => ({ documentId: doc.id, position, kind: "body", text, hash: hashText(text), origin: "imported", status: "draft" })),
  });
}

/** A long document: LONG_ROWS 1-1 links of about 900 characters a side, one of them GIANT. */
async function seedLong(db: TempDb["db"]) {
  const doc = await db.document.create({ data: { slug: "long", titleFr: "Un long document", sourceHash: "l", source: "AFP", publishedOn: "2026-03-01" } });
  await db.alignmentLink.createMany({ data: Array.from({ length: LONG_ROWS }, (_, position) => ({ documentId: doc.id, position, score: 0.9, method: "auto" })) });
  const links = await db.alignmentLink.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } });
  const frText = (i: number) => (i === 200 ? GIANT : `Paragraphe ${i}. ${"Le texte français continue ici, phrase après phrase. ".repeat(17)}`);
  const enText = (i: number) => `Paragraph ${i}. ${"The English text goes on here, sentence after sentence. ".repeat(16)}`;
  await db.sourceParagraph.createMany({
    data: links.map((l, i) => ({ documentId: doc.id, position: i, kind: i % 50 === 10 ? "heading" : "body", text: frText(i), hash: hashText(frText(i)), linkId: l.id })),
  });
  await db.targetParagraph.createMany({
    data: links.map((l, i) => ({ documentId: doc.id, position: i, kind: "body", text: enText(i), hash: hashText(enText(i)), origin: "imported", status: "draft", linkId: l.id })),
  });
}

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  await alignAll(temp.db);
  hostileRows = await seedHostile(temp.db, "hostile");
  await seedUnaligned(temp.db);
  await seedLong(temp.db);
});
afterAll(() => temp.close());

/** The rows of a stored document as the book must show them, read the reader's way (not streamed). */
async function storedRows(slug: string): Promise<{ fr: string[]; en: string[] }[]> {
  const doc = await temp.db.document.findUniqueOrThrow({ where: { slug } });
  return (await loadAlignedRows(temp.db, doc.id)).map((r) => ({ fr: r.fr.map((p) => shownText(p.text)), en: r.en.map((p) => shownText(p.text)) }));
}

const textsOf = (rows: ShownRow[]) => rows.map(({ fr, en }) => ({ fr, en }));

/** The content files of the book in spine order, as read through container.xml and the package. */
function spineFiles(files: Map<string, string>): { dir: string; opf: Record<string, any>; spine: string[] } {
  const container = parseXml(files.get("META-INF/container.xml")!) as any;
  const opfPath: string = container.container.rootfiles.rootfile["@full-path"];
  const opf = parseXml(files.get(opfPath)!) as any;
  const dir = path.posix.dirname(opfPath);
  const byId = new Map<string, string>(opf.package.manifest.item.map((i: any) => [i["@id"], i["@href"]]));
  return { dir, opf, spine: opf.package.spine.itemref.map((r: any) => path.posix.join(dir, byId.get(r["@idref"])!)) };
}

describe("one document, the English after the French", () => {
  let bytes: Buffer;
  let files: Map<string, string>;
  beforeAll(async () => {
    bytes = await epubBytes(temp.db, { slug: SAMPLE });
    files = unzipBook(bytes);
  });

  it("passes epubcheck with no error and no warning", () => {
    expect(epubcheck(writeTemp(path.join(temp.dir, "sample.epub"), bytes))).toBe("");
  });

  it("starts with the mimetype file, stored, without extra field (as OCF requires)", () => {
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
    expect(bytes.readUInt16LE(8)).toBe(0); // compression method: stored
    expect(bytes.readUInt16LE(26)).toBe("mimetype".length);
    expect(bytes.readUInt16LE(28)).toBe(0); // extra field length
    expect(bytes.subarray(30, 58).toString("latin1")).toBe("mimetypeapplication/epub+zip");
    expect([...files.keys()][0]).toBe("mimetype");
  });

  it("shows every row of the document in order: its French paragraphs, then its English ones", async () => {
    const { spine } = spineFiles(files);
    expect(spine).toEqual(["EPUB/text/d1.xhtml", "EPUB/glossary.xhtml"]);
    const $ = loadXhtml(files.get(spine[0])!);
    const rows = shownRows($);
    expect(textsOf(rows)).toEqual(await storedRows(SAMPLE));
    expect(rows.some((r) => r.fr.length && r.en.length)).toBe(true);
    expect(new Set($("[id]").toArray().map((e) => $(e).attr("id"))).size).toBe($("[id]").length);
  });

  it("marks the languages and styles title, dateline, captions and credits", () => {
    const $ = loadXhtml(files.get("EPUB/text/d1.xhtml")!);
    expect($("html").attr("lang")).toBe("fr-FR");
    expect($("html").attr("xml:lang")).toBe("fr-FR");
    $("div.en").each((_, e) => {
      expect($(e).attr("lang")).toBe("en-GB");
      expect($(e).attr("xml:lang")).toBe("en-GB");
    });
    expect($("h1.title").first().text()).toMatch(/^Kim Jong Un promet le "soutien inconditionnel"/);
    expect($(".pair").first().find(".en p.title").text()).toMatch(/Kim Jong Un/);
    expect($("p.meta").text()).toBe("AFP · juin 2025");
    expect($("p.credit").first().text()).toBe("KCNA VIA KNS/AFP");
    expect($("p.caption").length).toBeGreaterThan(0);
    const css = files.get("EPUB/style.css")!;
    for (const selector of [".dateline", ".caption", ".credit", "p.title", ".en"]) expect(css).toContain(`${selector} {`);
  });

  it("has the glossary entries the document names, with both forms, kind and note, and no other", async () => {
    const glossary = await loadGlossaryTerms(temp.db);
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: SAMPLE }, include: { sourceParagraphs: true, targetParagraphs: true } });
    const fr = new GlossaryMatcher(glossary, "fr");
    const en = new GlossaryMatcher(glossary, "en");
    const named = new Set([...doc.sourceParagraphs.flatMap((p) => fr.find(p.text)), ...doc.targetParagraphs.flatMap((p) => en.find(p.text))].map((m) => m.entryId));
    expect(named.size).toBeGreaterThan(3);

    const $ = loadXhtml(files.get("EPUB/glossary.xhtml")!);
    expect($("section").attr("epub:type")).toBe("glossary");
    const terms = $("dt").toArray();
    expect(terms.map((t) => $(t).text()).sort()).toEqual(glossary.filter((g) => named.has(g.id)).map((g) => g.fr).sort());
    const shoigu = $("dt").filter((_, t) => $(t).text() === "Sergueï Choïgou");
    expect(shoigu.attr("epub:type")).toBe("glossterm");
    expect(shoigu.next().find("span[lang='en-GB']").text()).toBe("Sergei Shoigu");
    expect(shoigu.next().find(".kind").text()).toBe("(personne · person)");
    expect(shoigu.next().next().text()).toBe("Secretary of Russia's Security Council since 2024; defence minister from 2012 to 2024.");
  });

  it("has a package with identifier, titles, both languages and the modification date, listing every file", async () => {
    const { dir, opf } = spineFiles(files);
    const metadata = opf.package.metadata;
    expect(opf.package["@version"]).toBe("3.0");
    expect(metadata["dc:identifier"]["#text"]).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(metadata["dc:title"].map((t: any) => t["#text"])).toEqual([
      'Kim Jong Un promet le "soutien inconditionnel" de la Corée du Nord à la Russie contre l\'Ukraine',
      expect.stringMatching(/Kim Jong Un/),
    ]);
    expect(metadata["dc:language"]).toEqual(["fr-FR", "en-GB"]);
    expect(metadata["dc:date"]).toBe("2025-06");
    const modified = metadata.meta.find((m: any) => m["@property"] === "dcterms:modified")["#text"];
    expect(modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: SAMPLE } });
    expect(new Date(modified).getTime()).toBeGreaterThanOrEqual(Math.floor(doc.updatedAt.getTime() / 1000) * 1000);
    const listed = opf.package.manifest.item.map((i: any) => path.posix.join(dir, i["@href"])).sort();
    const inZip = [...files.keys()].filter((f) => f.startsWith(`${dir}/`) && !f.endsWith(".opf")).sort();
    expect(listed).toEqual(inZip);
    const nav = loadXhtml(files.get(`${dir}/nav.xhtml`)!);
    expect(nav("nav[epub\\:type='toc'] > ol > li > a").toArray().map((a) => nav(a).attr("href"))).toEqual(["text/d1.xhtml", "glossary.xhtml"]);
  });

  it("is the same file when nothing changed (a reading system replaces, not duplicates)", async () => {
    expect((await epubBytes(temp.db, { slug: SAMPLE })).equals(bytes)).toBe(true);
  });
});

describe("one document, the English in pop-up footnotes", () => {
  let bytes: Buffer;
  let $: ReturnType<typeof loadXhtml>;
  const warnings: string[] = [];
  beforeAll(async () => {
    bytes = await epubBytes(temp.db, { slug: "hostile", english: "notes", warn: (message) => warnings.push(message) });
    $ = loadXhtml(unzipBook(bytes).get("EPUB/text/d1.xhtml")!);
  });

  it("passes epubcheck with no error and no warning", () => {
    expect(epubcheck(writeTemp(path.join(temp.dir, "hostile-notes.epub"), bytes))).toBe("");
  });

  it("keeps markup characters, tabs, line breaks, RTL marks and emoji as text; drops only what XML forbids, with a warning", async () => {
    const rows = shownRows($);
    const expected = hostileRows.map((r) => ({ fr: r.fr.map(shownText), en: r.en.map(shownText) }));
    expect(textsOf(rows)).toEqual(expected);
    expect(rows.map((r) => r.fr).flat()).toContain(FORBIDDEN_CLEAN);
    expect(rows[2].fr[0]).toContain("<b>\"non\"</b> & 'oui' ]]>");
    expect(rows[2].fr[0]).toContain("😀 \u200F\u202Bשלום עליכם\u202C");
    expect(rows[2].en[0]).toContain("then\nCRLF 👍🏽 \u200Eمرحبا\u200F end & &lt;");
    expect(warnings).toEqual(["hostile: French paragraph 7: dropped U+0001 U+FFFE (not allowed in XML 1.0)"]);
  });

  it("ends the French of each 1-1, 2-1 and 1-2 row with a noteref to a footnote holding its English", () => {
    const pairs = $("div.pair").toArray();
    const withBoth = hostileRows.flatMap((r, i) => (r.fr.length && r.en.length ? [i] : []));
    expect(withBoth).toHaveLength(5);
    for (const i of withBoth) {
      const pair = $(pairs[i]);
      const refs = pair.find("a.noteref");
      expect(refs).toHaveLength(1);
      expect(refs.attr("epub:type")).toBe("noteref");
      expect(refs.parent().is(pair.children().not("aside").last())).toBe(true);
      const note = $(`aside[id='${refs.attr("href")!.slice(1)}']`);
      expect(note.attr("epub:type")).toBe("footnote");
      expect(note.attr("lang")).toBe("en-GB");
      expect(note.children("p").toArray().map((p) => $(p).text())).toEqual(hostileRows[i].en.map(shownText));
    }
  });

  it("shows a row with one side only as it is: French alone (1-0), English inline (0-1)", () => {
    const pairs = $("div.pair").toArray();
    const oneSided = hostileRows.flatMap((r, i) => (!r.fr.length || !r.en.length ? [i] : []));
    expect(oneSided.length).toBeGreaterThanOrEqual(3);
    for (const i of oneSided) {
      expect($(pairs[i]).find("a.noteref, aside")).toHaveLength(0);
      expect($(pairs[i]).children("div.en").length).toBe(hostileRows[i].en.length ? 1 : 0);
    }
  });
});

describe("every document (--all): one book, a chapter per document", () => {
  const books: Record<string, Buffer> = {};
  beforeAll(async () => {
    books.inline = await epubBytes(temp.db, {});
    books.notes = await epubBytes(temp.db, { english: "notes" });
  });

  it.each(["inline", "notes"])("passes epubcheck with no error and no warning (%s)", (layout) => {
    expect(epubcheck(writeTemp(path.join(temp.dir, `all-${layout}.epub`), books[layout]))).toBe("");
  });

  it("has every document in order, a contents page first, and every row of each", async () => {
    const files = unzipBook(books.inline);
    const { opf, spine } = spineFiles(files);
    const documents = await temp.db.document.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(opf.package.metadata["dc:title"][0]["#text"]).toBe(`Vis-à-vis : ${documents.length} articles`);
    expect(spine[0]).toBe("EPUB/nav.xhtml");
    expect(spine.at(-1)).toBe("EPUB/glossary.xhtml");
    const nav = loadXhtml(files.get("EPUB/nav.xhtml")!);
    const chapters = nav("nav[epub\\:type='toc'] > ol > li > a").toArray().map((a) => [nav(a).attr("href"), nav(a).text()]);
    expect(chapters).toEqual([...documents.map((d, i) => [`text/d${i + 1}.xhtml`, d.titleFr]), ["glossary.xhtml", "Glossaire · Glossary"]]);
    for (const [i, doc] of documents.entries()) {
      const parts = spine.filter((f) => f === `EPUB/text/d${i + 1}.xhtml` || f.startsWith(`EPUB/text/d${i + 1}-`));
      const rows = parts.flatMap((f) => shownRows(loadXhtml(files.get(f)!)));
      expect(textsOf(rows)).toEqual(await storedRows(doc.slug));
    }
  });

  it("cuts a long document into files of about PART_CHARS between rows, and keeps a giant paragraph whole", async () => {
    const files = unzipBook(books.inline);
    const { spine } = spineFiles(files);
    const long = (await temp.db.document.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).findIndex((d) => d.slug === "long") + 1;
    const parts = spine.filter((f) => f === `EPUB/text/d${long}.xhtml` || f.startsWith(`EPUB/text/d${long}-`));
    expect(parts.length).toBeGreaterThanOrEqual(4);
    const sizes = parts.map((f) => files.get(f)!.length);
    for (const size of sizes) expect(size).toBeLessThan(PART_CHARS + GIANT.length + 10_000);
    const rows = parts.flatMap((f) => shownRows(loadXhtml(files.get(f)!)));
    expect(rows).toHaveLength(LONG_ROWS);
    expect(rows[200].fr).toEqual([GIANT]);
    // Subheadings are in the table of contents, pointing into the file that holds them.
    const nav = loadXhtml(files.get("EPUB/nav.xhtml")!);
    const headings = nav(`a[href='text/d${long}.xhtml']`).parent().find("ol a").toArray().map((a) => nav(a).attr("href")!);
    expect(headings).toHaveLength(LONG_ROWS / 50);
    for (const href of headings) {
      const [file, id] = href.split("#");
      expect(loadXhtml(files.get(`EPUB/${file}`)!)(`#${id} h2.heading`)).toHaveLength(1);
    }
  });

  it("shows an unaligned document's paragraphs, the French then the English, under its title", async () => {
    const files = unzipBook(books.inline);
    const index = (await temp.db.document.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).findIndex((d) => d.slug === "sans-liens") + 1;
    const $ = loadXhtml(files.get(`EPUB/text/d${index}.xhtml`)!);
    expect($("section > h1.title").text()).toBe("Un texte sans liens");
    expect($("section > p.title").attr("lang")).toBe("en-GB");
    expect(textsOf(shownRows($))).toEqual([
      { fr: ["Premier paragraphe, sans traduction rattachée."], en: [] },
      { fr: ["Deuxième paragraphe."], en: [] },
      { fr: ["Troisième et dernier."], en: [] },
      { fr: [], en: ["First paragraph, attached to nothing."] },
      { fr: [], en: ["Second paragraph."] },
    ]);
  });
});

describe("a document that names no glossary entry and has no title row", () => {
  it("passes epubcheck, without a glossary appendix", async () => {
    const bytes = await epubBytes(temp.db, { slug: "sans-liens" });
    const files = unzipBook(bytes);
    expect(files.has("EPUB/glossary.xhtml")).toBe(false);
    expect(spineFiles(files).spine).toEqual(["EPUB/text/d1.xhtml"]);
    expect(epubcheck(writeTemp(path.join(temp.dir, "unaligned.epub"), bytes))).toBe("");
  });
});

describe("choices and refusals", () => {
  it("--status reviewed keeps only the reviewed rows; --source-lang/--target-lang set the languages", async () => {
    const files = unzipBook(await epubBytes(temp.db, { slug: "hostile", status: "reviewed", sourceLang: "fr-CA", targetLang: "en-US" }));
    const $ = loadXhtml(files.get("EPUB/text/d1.xhtml")!);
    const expected = hostileRows.filter((r) => r.status === "reviewed").map((r) => ({ fr: r.fr.map(shownText), en: r.en.map(shownText) }));
    expect(textsOf(shownRows($))).toEqual(expected);
    expect($("html").attr("lang")).toBe("fr-CA");
    expect($("div.en").first().attr("lang")).toBe("en-US");
    expect((parseXml(files.get("EPUB/package.opf")!) as any).package.metadata["dc:language"]).toEqual(["fr-CA", "en-US"]);
  });

  it("refuses an unknown document and an empty library before writing anything", async () => {
    await expect(epubBytes(temp.db, { slug: "nope" })).rejects.toMatchObject({ code: "documentNotFound", field: "document", value: "nope", message: 'document "nope": no document with this slug' });
    const empty = await createTempDb();
    try {
      await expect(epubBytes(empty.db, {})).rejects.toMatchObject({ code: "noDocuments", message: "documents: no document to export" });
    } finally {
      await empty.close();
    }
  });
});
