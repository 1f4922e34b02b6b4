import { importBilingualContent } from "../../lib/import/import-bilingual";
import { parseTmx } from "../../lib/import/parse-tmx";
import { parseXliff } from "../../lib/import/parse-xliff";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(120_000);

/** A TMX of `count` units, one document, unit i on lines 4 + 3i to 6 + 3i; `bad` replaces unit `at`. */
function tmxOf(count: number, bad?: { at: number; tu: string }): string {
  const units = Array.from({ length: count }, (_, i) =>
    bad?.at === i
      ? bad.tu
      : `<tu><prop type="x-document">fil</prop><prop type="x-status">reviewed</prop>\n<tuv xml:lang="fr"><seg>Paragraphe ${i} : la réforme des retraites.</seg></tuv>\n<tuv xml:lang="en"><seg>Paragraph ${i}: the pension reform.</seg></tuv></tu>`,
  );
  return `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="fr"/>\n<body>\n${units.join("\n")}\n</body></tmx>\n`;
}

describe("TMX and XLIFF read unit by unit", () => {
  it("decodes references as before, keeps CDATA as written, drops comments and native codes", () => {
    const tmx = `<tmx version="1.4"><header srclang="fr"/><body>
<tu><tuv xml:lang="fr"><seg>A &amp; B &lt;C&gt; l&#x2019;été&nbsp;: &#233;t&eacute; <![CDATA[<b>&amp;</b>]]><!-- note --> <hi>gras</hi><ph>&lt;br/&gt;</ph></seg></tuv>
<tuv xml:lang="en"><seg a="1">x</seg></tuv></tu></body></tmx>`;
    const [doc] = parseTmx("refs.tmx", tmx).documents;
    expect(doc.links[0].fr[0].text).toBe("A & B <C> l\u2019été\u00a0: ét&eacute; <b>&amp;</b> gras");
  });

  it("names the line of a bad unit deep in a large file", () => {
    const text = tmxOf(10_000, { at: 9_998, tu: `<tu>\n<tuv xml:lang="fr"></tuv>\n<tuv xml:lang="en"><seg>b</seg></tuv></tu>` });
    // Unit 9,998 (from 0) starts on line 4 + 3 × 9,998 = 29,998; its French tuv is the next line.
    expect(() => parseTmx("big.tmx", text)).toThrow("big.tmx: line 29999: <tuv> has no <seg>");
  });

  it("reads tus that come before the header, and refuses a file without one", () => {
    const late = `<tmx version="1.4"><body><tu><tuv xml:lang="fr"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu></body>\n<header srclang="fr"/></tmx>`;
    expect(parseTmx("late.tmx", late).documents[0].links).toEqual([{ fr: [{ kind: "body", text: "a" }], en: [{ kind: "body", text: "b", status: "draft" }] }]);
    expect(() => parseTmx("none.tmx", `<tmx version="1.4">\n<body><tu/></body></tmx>`)).toThrow("none.tmx: line 1: <tmx> has no <header>");
  });

  it("reads XLIFF units in groups and files in order, not units elsewhere", () => {
    const xliff = `<xliff version="1.2"><file original="a" source-language="fr" target-language="en"><header><trans-unit id="h"><source>not a unit</source></trans-unit></header><body>
<group><group><trans-unit id="1"><source>un</source><target state="final">one</target></trans-unit></group></group>
<trans-unit id="2"><source>deux</source></trans-unit></body></file>
<file original="b" source-language="fr"><body><trans-unit id="3"><source>trois</source></trans-unit></body></file></xliff>`;
    const parsed = parseXliff("g.xlf", xliff);
    expect(parsed.documents.map((d) => [d.slug, d.links.map((l) => l.fr[0].text)])).toEqual([
      ["a", ["un", "deux"]],
      ["b", ["trois"]],
    ]);
    const bad = `<xliff version="2.0" srcLang="fr"><file id="f" original="x">\n<group>\n<unit id="9"><notes/></unit></group></file></xliff>`;
    expect(() => parseXliff("bad.xlf", bad)).toThrow('bad.xlf: line 3: <unit> id="9" has no <segment>');
  });
});

describe("a 10,000-unit TMX stored", () => {
  let temp: TempDb;
  beforeAll(async () => {
    temp = await createTempDb();
  });
  afterAll(() => temp.close());

  const counts = () =>
    Promise.all([temp.db.document.count(), temp.db.sourceParagraph.count(), temp.db.targetParagraph.count(), temp.db.alignmentLink.count(), temp.db.memoryUnit.count(), temp.db.revision.count()]);

  it("stores nothing when unit 9,999 is bad", async () => {
    const text = tmxOf(10_000, { at: 9_998, tu: `<tu><tuv xml:lang="de"><seg>x</seg></tuv><tuv xml:lang="en"><seg>y</seg></tuv></tu>` });
    await expect(importBilingualContent(temp.db, "units.tmx", text)).rejects.toThrow('units.tmx: line 29998: <tu> has no <tuv xml:lang="fr"> (the header\'s srclang)');
    expect(await counts()).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("stores it whole, in one transaction, and again finds it unchanged", async () => {
    const text = tmxOf(10_000);
    const result = await importBilingualContent(temp.db, "units.tmx", text);
    expect(result).toMatchObject({ slug: "fil", outcome: "created", french: { added: 10_000 }, english: { added: 10_000 } });
    expect(await counts()).toEqual([1, 10_000, 10_000, 10_000, 10_000, 10_000]);
    expect((await importBilingualContent(temp.db, "units.tmx", text)).outcome).toBe("unchanged");
    expect(await counts()).toEqual([1, 10_000, 10_000, 10_000, 10_000, 10_000]);
  });
});
