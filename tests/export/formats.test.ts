import { parse as parseCsv } from "csv-parse/sync";
import fs from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { joinParagraphs, PARAGRAPH_SEPARATOR } from "../../lib/export/separator";
import { EXPORT_FORMATS } from "../../lib/export/formats";
import { exportParallel } from "../../lib/export/export";
import { JSON_FORMAT } from "../../lib/export/json";
import { escapeMarkdownCell } from "../../lib/export/markdown";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { exportText, HAVE_SCHEMAS, SCHEMAS, translateToolkitUnits, xmllint } from "./helpers";
import { FORBIDDEN, FORBIDDEN_CLEAN, HOSTILE, HOSTILE_EN, seedHostile } from "./seed";

jest.setTimeout(60_000);

let temp: TempDb;
let expected: Awaited<ReturnType<typeof seedHostile>>;
const warnings: string[] = [];
const options = { slug: "hostile", warn: (m: string) => warnings.push(m) };
/** What XML formats hold: the rows' texts with forbidden characters dropped. */
const xmlClean = (text: string) => (text === FORBIDDEN ? FORBIDDEN_CLEAN : text);
const segments = () => expected.map((r) => [joinParagraphs(r.fr.map(xmlClean)), joinParagraphs(r.en.map(xmlClean))]);

async function write(format: (typeof EXPORT_FORMATS)[number], ext = format): Promise<string> {
  const file = path.join(temp.dir, `hostile.${ext}`);
  fs.writeFileSync(file, await exportText(temp.db, { ...options, format: format as never }));
  return file;
}

beforeAll(async () => {
  temp = await createTempDb();
  expected = await seedHostile(temp.db);
});
afterAll(() => temp.close());
beforeEach(() => warnings.splice(0));

describe("TMX 1.4b", () => {
  it("is well-formed, valid against the TMX 1.4 DTD, and read by translate-toolkit with the same units and text", async () => {
    const file = await write("tmx");
    expect(xmllint(file)).toBe("");
    if (HAVE_SCHEMAS) expect(xmllint(file, "--dtdvalid", path.join(SCHEMAS, "tmx14.dtd"))).toBe("");
    else console.warn(`skipped the TMX DTD check: ${SCHEMAS} is absent`);
    expect(translateToolkitUnits(file, "tmx")).toEqual(segments());
  });

  it("has the header the issue asks for, srclang equal to the source tuv's xml:lang, TMX dates and props", async () => {
    const xml = await exportText(temp.db, { ...options, format: "tmx", sourceLang: "fr-CA", targetLang: "en-US" });
    const header = /<header ([^>]*)\/>/.exec(xml)![1];
    for (const attribute of ["creationtool", "creationtoolversion", 'segtype="paragraph"', "o-tmf", "adminlang", 'srclang="fr-CA"', 'datatype="plaintext"']) {
      expect(header).toContain(attribute);
    }
    const tuvLangs = [...xml.matchAll(/<tuv xml:lang="([^"]+)">/g)].map((m) => m[1]);
    expect(new Set(tuvLangs)).toEqual(new Set(["fr-CA", "en-US"]));
    expect(tuvLangs[0]).toBe(/srclang="([^"]+)"/.exec(header)![1]);
    const tus = xml.match(/<tu [^>]*>/g)!;
    expect(tus).toHaveLength(expected.length);
    for (const tu of tus) expect(tu).toMatch(/creationdate="\d{8}T\d{6}Z" changedate="\d{8}T\d{6}Z"/);
    expect(xml).toContain('<prop type="x-document">hostile</prop>');
    expect(xml).toContain('<prop type="x-link-type">2:1</prop>');
    expect(xml).toContain('<prop type="x-method">manual</prop>');
  });

  it("joins the paragraphs of an n:m link with U+2029 and escapes markup", async () => {
    const xml = await exportText(temp.db, { ...options, format: "tmx" });
    expect(xml).toContain(`<seg>Premier paragraphe fusionné, avec 1,9 million.${PARAGRAPH_SEPARATOR}Second paragraphe`);
    expect(xml).toContain("&lt;b&gt;&quot;".replace("&quot;", '"'));
    expect(xml).not.toContain("]]>");
    expect(xml).toContain("&amp;amp;");
  });

  it("drops the characters XML 1.0 forbids with a warning naming the paragraph", async () => {
    const xml = await exportText(temp.db, { ...options, format: "tmx" });
    expect(xml).toContain(`<seg>${FORBIDDEN_CLEAN}</seg>`);
    expect(warnings).toEqual(["hostile: French paragraph 7: dropped U+0001 U+FFFE (not allowed in XML 1.0)"]);
  });
});

describe("XLIFF", () => {
  it("1.2 is valid against the XLIFF 1.2 schema and read by translate-toolkit with the same units and text", async () => {
    const file = await write("xliff12", "xlf" as never);
    expect(xmllint(file)).toBe("");
    if (HAVE_SCHEMAS) expect(xmllint(file, "--schema", path.join(SCHEMAS, "xliff-core-1.2-transitional.xsd"))).toBe("");
    else console.warn(`skipped the XLIFF 1.2 schema check: ${SCHEMAS} is absent`);
    expect(translateToolkitUnits(file, "xliff")).toEqual(segments());
  });

  it("1.2 states come from the English paragraphs' status", async () => {
    const xml = await exportText(temp.db, { ...options, format: "xliff12" });
    const states = [...xml.matchAll(/<trans-unit id="(\d+)"( approved="yes")?[^>]*>\s*<source>[^]*?<\/source>\s*(?:<target state="([^"]+)")?/g)].map((m) => [m[3] ?? null, !!m[2]]);
    expect(states).toEqual([["signed-off", true], [null, false], ["needs-review-translation", false], ["translated", false], [null, false], ["signed-off", true], ["translated", false], ["translated", false]]);
    expect(xml).toContain('state-qualifier="mt-suggestion"');
  });

  it("2.1 is well-formed, one unit per link, with states and the XLIFF 2 namespace", async () => {
    const file = await write("xliff", "xliff" as never);
    expect(xmllint(file)).toBe("");
    const xml = fs.readFileSync(file, "utf8");
    expect(xml).toMatch(/<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"[^>]* version="2.1" srcLang="fr-FR" trgLang="en-GB">/);
    const parsed = new XMLParser({ ignoreAttributes: false, trimValues: false, isArray: (n) => n === "unit" }).parse(xml);
    const units = parsed.xliff.file.unit as { segment: { "@_state"?: string; source: string; target?: string } }[];
    expect(units).toHaveLength(expected.length);
    expect(units.map((u) => u.segment["@_state"] ?? null)).toEqual(["reviewed", null, "initial", "translated", null, "reviewed", "translated", "translated"]);
  });
});

describe("TSV and CSV", () => {
  it("CSV is RFC 4180 with a header row: csv-parse reads back every text exactly", async () => {
    const text = await exportText(temp.db, { ...options, format: "csv" });
    expect(text.split("\r\n")[0]).toBe("document,row,fr,en,link_type,method,status");
    const records = parseCsv(text, { columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(records.map((r) => [r.fr, r.en])).toEqual(expected.map((r) => [joinParagraphs(r.fr), joinParagraphs(r.en)]));
    expect(records.map((r) => r.status)).toEqual(expected.map((r) => r.status ?? ""));
  });

  it("TSV has one line per link, tabs and line breaks escaped", async () => {
    const text = await exportText(temp.db, { ...options, format: "tsv" });
    const lines = text.split("\n").filter(Boolean);
    expect(lines).toHaveLength(expected.length + 1);
    const unescape = (v: string) => v.replace(/\\([\\tnr])/g, (_, c) => ({ "\\": "\\", t: "\t", n: "\n", r: "\r" })[c as string]!);
    const cells = lines.slice(1).map((l) => l.split("\t"));
    for (const c of cells) expect(c).toHaveLength(7);
    expect(cells.map((c) => [unescape(c[2]), unescape(c[3])])).toEqual(expected.map((r) => [joinParagraphs(r.fr), joinParagraphs(r.en)]));
  });
});

describe("Markdown, HTML, JSON, parallel text", () => {
  it("Markdown: one table row per link, nothing that breaks the table or becomes markup", async () => {
    const text = await exportText(temp.db, { ...options, format: "md" });
    const rows = text.split("\n").filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(expected.length);
    for (const row of rows) expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(5);
    expect(text).not.toMatch(/<(?!br>)/);
    expect(text).toContain("&lt;b&gt;");
    // Quotes, apostrophes and a lone & read as typed in the raw file, not as entities.
    expect(text).toContain(`&lt;b&gt;"non"&lt;/b&gt; & 'oui'`);
    expect(text).not.toMatch(/&#39;|&quot;/);
  });

  it("Markdown rendered by a GFM renderer (marked) shows every cell's text exactly, and no markup of the text", async () => {
    const { marked } = await import("marked");
    const cheerio = await import("cheerio");
    const html = await marked.parse(await exportText(temp.db, { ...options, format: "md" }), { gfm: true });
    const $ = cheerio.load(html);
    // Only the table's own markup: no <b>, <i> or CDATA from the hostile text.
    expect($("b, i").length).toBe(0);
    const cellText = (el: Parameters<typeof $>[0]) => {
      const cell = $(el).clone();
      cell.find("br").replaceWith("\n");
      return cell.text();
    };
    const rows = $("tbody tr").toArray().map((tr) => $(tr).find("td").toArray().slice(1).map(cellText));
    // Line breaks become <br>, paragraphs <br><br>, a tab &#9;, as the export documents.
    const shown = (texts: string[]) => texts.map((t) => t.replace(/\r?\n|\r|\u2028/g, "\n")).join("\n\n");
    expect(rows).toEqual(expected.map((r) => [shown(r.fr), shown(r.en)]));
  });

  it("Markdown escapes only what Markdown needs", () => {
    expect(escapeMarkdownCell(`l'Ukraine, « "non" », AT&T`)).toBe(`l'Ukraine, « "non" », AT&T`);
    expect(escapeMarkdownCell("&amp; &#39; &#x27; &nbsp;")).toBe("&amp;amp; &amp;#39; &amp;#x27; &amp;nbsp;");
    expect(escapeMarkdownCell("<b>x</b> <https://a.b>")).toBe("&lt;b&gt;x&lt;/b&gt; &lt;https://a.b&gt;");
    expect(escapeMarkdownCell("a|b *c* _d_ [e](f) `g` ~h~ \\")).toBe("a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\~h\\~ \\\\");
  });

  it("HTML: a standalone page, two columns, unique ids, all text escaped, print CSS", async () => {
    const html = await exportText(temp.db, { ...options, format: "html" });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("@media print");
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html.match(/<tr id=/g)).toHaveLength(expected.length);
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;&quot;non&quot;&lt;/b&gt; &amp; &#39;oui&#39; ]]&gt;");
    expect(xmllint(await write("html"), "--html")).not.toMatch(/error : (?!Tag (article|style) invalid)/);
  });

  it("JSON: the documented shape, every text exact", async () => {
    const data = JSON.parse(await exportText(temp.db, { ...options, format: "json" }));
    expect(data).toMatchObject({ format: JSON_FORMAT, version: 1, sourceLang: "fr-FR", targetLang: "en-GB" });
    expect(data.documents).toHaveLength(1);
    expect(data.documents[0]).toMatchObject({ slug: "hostile", titleFr: "Titre <hostile> & «drôle»", source: "AFP" });
    const rows = data.documents[0].rows;
    expect(rows.map((r: { fr: { text: string }[]; en: { text: string }[] }) => ({ fr: r.fr.map((p) => p.text), en: r.en.map((p) => p.text) }))).toEqual(
      expected.map(({ fr, en }) => ({ fr, en })),
    );
    expect(rows[3]).toMatchObject({ row: 4, linkType: "2:1", method: "manual", locked: true, status: "draft" });
    expect(rows[0].createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("parallel text: line N of .fr matches line N of .en, one line per link", async () => {
    const fr: string[] = [];
    const en: string[] = [];
    for await (const line of await exportParallel(temp.db, options)) {
      fr.push(line.fr);
      en.push(line.en);
    }
    expect(fr).toHaveLength(expected.length);
    for (const line of [...fr, ...en]) expect(line.slice(0, -1)).not.toMatch(/[\n\r\t\u2028\u2029]/);
    expect(fr[3]).toBe("Premier paragraphe fusionné, avec 1,9 million. Second paragraphe fusionné, « entre guillemets ».\n");
    expect(en[1]).toBe("\n");
    expect(fr[2]).toContain("😀 \u200F\u202Bשלום");
    expect(en[2]).toContain("👍🏽 \u200Eمرحبا");
  });
});

describe("--status reviewed", () => {
  it("keeps only links whose English is all reviewed", async () => {
    const data = JSON.parse(await exportText(temp.db, { ...options, status: "reviewed", format: "json" }));
    expect(data.documents[0].rows.map((r: { en: { text: string }[] }) => r.en[0].text)).toEqual(["Hostile & funny title", "Control hidden here."]);
  });
});

describe("several documents, and a document with no paragraph", () => {
  beforeAll(async () => {
    await temp.db.document.create({ data: { slug: "empty", titleFr: "Vide", sourceHash: "x" } });
  });

  it.each([
    ["tmx", "tmx", ["--dtdvalid", "tmx14.dtd"]],
    ["xliff12", "xlf", ["--schema", "xliff-core-1.2-transitional.xsd"]],
    ["xliff", "xliff", []],
    ["html", "html", []],
  ] as const)("%s with every document is well-formed (and valid where a schema is at hand)", async (format, ext, check) => {
    const file = path.join(temp.dir, `all.${ext}`);
    fs.writeFileSync(file, await exportText(temp.db, { format }));
    if (format !== "html") expect(xmllint(file)).toBe("");
    if (check.length && HAVE_SCHEMAS) expect(xmllint(file, check[0], path.join(SCHEMAS, check[1]))).toBe("");
    const empty = path.join(temp.dir, `empty.${ext}`);
    fs.writeFileSync(empty, await exportText(temp.db, { format, slug: "empty" }));
    if (format !== "html") expect(xmllint(empty)).toBe("");
    if (check.length && HAVE_SCHEMAS) expect(xmllint(empty, check[0], path.join(SCHEMAS, check[1]))).toBe("");
  });

  it("JSON and CSV of every document hold both, in order", async () => {
    const data = JSON.parse(await exportText(temp.db, { format: "json" }));
    expect(data.documents.map((d: { slug: string; rows: unknown[] }) => [d.slug, d.rows.length])).toEqual([["hostile", 8], ["empty", 0]]);
    const csv = parseCsv(await exportText(temp.db, { format: "csv" }), { columns: true }) as { document: string }[];
    expect(csv).toHaveLength(8);
  });
});

it("the hostile fixtures really hold what they claim", () => {
  for (const c of ["<", "&", "]]>", '"', "'", "\t", "\n", "😀", "\u200F"]) expect(HOSTILE).toContain(c);
  expect(HOSTILE_EN).toContain("\r\n");
});
