import fs from "node:fs";
import path from "node:path";
import { parseArticleFile } from "../../lib/import/parse-article";
import { parseTmxFile } from "../../lib/import/parse-tmx";
import { MAX_XML_DEPTH } from "../../lib/import/xml-safety";
import { expectOneLineRefusal } from "../helpers/expect-refusal";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(60_000);

let temp: TempDb;
beforeAll(async () => {
  temp = await createTempDb();
});
afterAll(() => temp.close());

const write = (name: string, content: string | Buffer) => {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, content);
  return file;
};

/** A TMX whose one French segment is `seg` (raw XML), on line 4. */
const tmx = (seg: string, prolog = "") =>
  `<?xml version="1.0"?>\n${prolog}<tmx version="1.4"><header srclang="fr"/><body>\n<tu>\n<tuv xml:lang="fr"><seg>${seg}</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>\n</body></tmx>`;
const nested = (open: string, close: string, depth: number) => open.repeat(depth) + "x" + close.repeat(depth);

describe("hostile files are refused by the import command with one line, nothing written", () => {
  const cases: [string, string, () => string | Buffer, RegExp][] = [
    ["a TMX nested 100,000 levels deep", "deep.tmx", () => tmx(nested("<hi>", "</hi>", 100_000)), /deep\.tmx: line 4: elements nested more than 100 levels deep$/],
    [
      "an XLIFF nested 100,000 levels deep",
      "deep.xlf",
      () => `<xliff version="1.2"><file original="d" source-language="fr" target-language="en"><body>\n<trans-unit id="1"><source>${nested("<g>", "</g>", 100_000)}</source></trans-unit></body></file></xliff>`,
      /deep\.xlf: line 2: elements nested more than 100 levels deep$/,
    ],
    ["a file of control characters only", "controls.txt", () => Buffer.from(Array.from({ length: 3000 }, (_, i) => 1 + (i % 31))), /controls\.txt: binary file \(control character U\+0001 on line 1\), expected UTF-8 text$/],
    ["a TMX with a character reference beyond Unicode", "beyond.tmx", () => tmx("Bonjour &#x110000;"), /beyond\.tmx: line 4: character reference &#x110000; does not name a character XML allows$/],
    ["a TMX with an external entity", "xxe.tmx", () => tmx("&xxe;", `<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n`), /xxe\.tmx: line 2: <!ENTITY> declarations are not accepted$/],
  ];

  it.each(cases)("%s", async (_, name, content, message) => {
    const file = write(name, content());
    expectOneLineRefusal(runScript("import", [file], { DATABASE_URL: temp.url }), message);
    // The database was empty and stays so.
    expect(await Promise.all([temp.db.document.count(), temp.db.sourceParagraph.count(), temp.db.targetParagraph.count()])).toEqual([0, 0, 0]);
  });
});

describe("character references and literal characters XML does not allow", () => {
  it.each([
    ["&#0;", "NUL"],
    ["&#xD800;", "a lone surrogate"],
    ["&#x110000;", "past U+10FFFF"],
    ["&#xFFFE;", "a noncharacter"],
    ["&#1;", "a control character"],
  ])("refuses %s (%s), naming the line", (ref) => {
    const file = write("ref.tmx", tmx(`avant ${ref} après`));
    expect(() => parseTmxFile(file)).toThrow(`${file}: line 4: character reference ${ref} does not name a character XML allows`);
  });

  it("refuses a vertical tab or form feed written as such, which XML forbids", () => {
    const file = write("vt.tmx", tmx("avant \u000B après"));
    expect(() => parseTmxFile(file)).toThrow(`${file}: line 4: character U+000B is not allowed in XML`);
  });

  it("reads valid references, and leaves alone what is inside CDATA or a comment", () => {
    const file = write("ok.tmx", tmx("&#x1F600;&#233;&#9;<![CDATA[&#0;]]><!-- &#0; -->"));
    expect(parseTmxFile(file).documents[0].links[0].fr).toEqual([{ kind: "body", text: "😀é\t&#0;" }]);
  });
});

describe("what stays accepted", () => {
  it(`a TMX that names its DTD (never fetched), nested ${MAX_XML_DEPTH} levels deep`, () => {
    // tmx > body > tu > tuv > seg are five levels; the rest are <hi>.
    const file = write("dtd.tmx", tmx(nested("<hi>", "</hi>", MAX_XML_DEPTH - 5), `<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n`));
    expect(parseTmxFile(file).documents[0].links[0].fr).toEqual([{ kind: "body", text: "x" }]);
    const deeper = write("deeper.tmx", tmx(nested("<hi>", "</hi>", MAX_XML_DEPTH - 4)));
    expect(() => parseTmxFile(deeper)).toThrow(/line 4: elements nested more than 100 levels deep$/);
  });

  it("text with tabs, vertical tabs and form feeds (word processors write them)", () => {
    const file = write("breaks.txt", "Titre\n\nUn\tparagraphe\u000Bavec un saut\u000C de page.\n");
    expect(parseArticleFile(file).paragraphs.map((p) => p.text)).toHaveLength(2);
  });

  it("a control character anywhere is named with its line", () => {
    const file = write("escape.txt", "Titre\n\nUn paragraphe\n\nUne couleur \u001B[31m rouge\n");
    expect(() => parseArticleFile(file)).toThrow(`${file}: binary file (control character U+001B on line 5), expected UTF-8 text`);
  });
});
