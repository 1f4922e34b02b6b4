import fs from "node:fs";
import path from "node:path";
import type { ExportFormat } from "../../lib/export/formats";
import { importFile } from "../../lib/import/import-file";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { exportText } from "./helpers";
import { FORBIDDEN_CLEAN, HOSTILE, HOSTILE_EN, seedHostile } from "./seed";
import { expectOneLineRefusal } from "../helpers/expect-refusal";

jest.setTimeout(60_000);

let source: TempDb;
beforeAll(async () => {
  source = await createTempDb();
  await seedHostile(source.db, "hostile");
  await seedHostile(source.db, "second");
});
afterAll(() => source.close());

/** What must survive a round trip: everything but times and how the links were made. */
const segmentsOnly = (text: string) =>
  text
    .replace(/ (creation|change)date="\d{8}T\d{6}Z"/g, "")
    .replace(/(<prop type="x-method">|<mda:meta type="method">|;method=)[a-z]+/g, "$1")
    .replace(/ score="[^"]*"/g, "");

const FORMATS: [ExportFormat, string][] = [
  ["tmx", "tmx"],
  ["xliff", "xliff"],
  ["xliff12", "xlf"],
];

describe.each(FORMATS)("%s: export, import, export", (format, ext) => {
  let target: TempDb;
  let file: string;
  let first: string;
  beforeAll(async () => {
    target = await createTempDb();
    first = await exportText(source.db, { format });
    file = path.join(target.dir, `corpus.${ext}`);
    fs.writeFileSync(file, first);
  });
  afterAll(() => target.close());

  it("gives identical segments, statuses and kinds", async () => {
    const result = await importFile(target.db, file);
    expect(result).toMatchObject({ slug: "hostile", outcome: "created", documents: [{ slug: "hostile" }, { slug: "second" }] });
    expect(segmentsOnly(await exportText(target.db, { format }))).toBe(segmentsOnly(first));
  });

  it("stores both sides, every link confirmed (locked, method import)", async () => {
    const doc = await target.db.document.findUniqueOrThrow({ where: { slug: "hostile" }, include: { links: true } });
    expect(doc).toMatchObject({ titleFr: "Titre <hostile> & «drôle»", titleEn: "Hostile & funny title", importedFrom: `corpus.${ext}` });
    expect(doc.links).toHaveLength(8);
    expect(doc.links.every((l) => l.locked && l.method === "import")).toBe(true);
    const fr = await target.db.sourceParagraph.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } });
    expect(fr.map((p) => p.text)).toContain(HOSTILE);
    expect(fr.map((p) => p.text)).toContain(FORBIDDEN_CLEAN);
    expect(fr[0].kind).toBe("title");
    expect(fr.every((p) => p.linkId !== null)).toBe(true);
    const en = await target.db.targetParagraph.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" }, include: { revisions: true } });
    expect(en.find((p) => p.text === HOSTILE_EN)).toMatchObject({ status: "machine", origin: "imported" });
    expect(en.every((p) => p.revisions.length === 1 && p.linkId !== null)).toBe(true);
  });

  it("puts the confirmed pairs in the translation memory, not machine translations nor one-sided links", async () => {
    // Both documents hold the same pairs: one unit each (the memory is unique on the pair).
    const units = await target.db.memoryUnit.findMany({ orderBy: { id: "asc" } });
    // 8 links: 3 one-sided, 1 with a machine translation → 4 pairs.
    expect(units.map((u) => u.targetText)).toEqual([
      "Hostile & funny title",
      'Merged paragraphs, with 1.9 million, "in quotes".',
      "Control hidden here.",
      "Last paragraph,\nsplit in two.",
    ]);
    expect(units[1].sourceText).toBe("Premier paragraphe fusionné, avec 1,9 million.\nSecond paragraphe fusionné, « entre guillemets ».");
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await snapshotDatabase(target.db);
    const result = await importFile(target.db, file);
    expect(result.outcome).toBe("unchanged");
    expect(await snapshotDatabase(target.db)).toEqual(before);
  });
});

describe("re-importing a changed file", () => {
  let target: TempDb;
  beforeAll(async () => {
    target = await createTempDb();
  });
  afterAll(() => target.close());

  it("keeps unchanged paragraphs' rows, versions a changed status, replaces the links", async () => {
    const file = path.join(target.dir, "hostile.tmx");
    const tmx = await exportText(source.db, { format: "tmx", slug: "hostile" });
    fs.writeFileSync(file, tmx);
    await importFile(target.db, file);
    const before = await target.db.targetParagraph.findMany({ orderBy: { position: "asc" } });

    const changed = tmx
      .replace("<seg>Control hidden here.</seg>", "<seg>Control hidden here, corrected.</seg>")
      .replace(/(<prop type="x-status">)machine(<\/prop>)/, "$1reviewed$2");
    fs.writeFileSync(file, changed);
    const result = await importFile(target.db, file);
    expect(result).toMatchObject({ outcome: "updated", french: { kept: 8, added: 0, removed: 0 }, english: { kept: 6, added: 1, removed: 1 } });
    const after = await target.db.targetParagraph.findMany({ orderBy: { position: "asc" }, include: { revisions: { orderBy: { version: "asc" } } } });
    expect(after[0].id).toBe(before[0].id);
    const hostile = after.find((p) => p.text === HOSTILE_EN)!;
    expect(hostile).toMatchObject({ id: before[1].id, status: "reviewed", version: 2 });
    expect(hostile.revisions.map((r) => r.status)).toEqual(["machine", "reviewed"]);
    expect(after.find((p) => p.text === "Control hidden here, corrected.")).toBeDefined();
    expect(await target.db.alignmentLink.count({ where: { locked: true, method: "import" } })).toBe(8);
    expect(await target.db.targetParagraph.count({ where: { linkId: null } })).toBe(0);
  });
});

describe("files from other tools", () => {
  let target: TempDb;
  beforeAll(async () => {
    target = await createTempDb();
  });
  afterAll(() => target.close());

  it("reads a TMX without our props: srclang in another letter case, inline codes, a DOCTYPE", async () => {
    const file = path.join(target.dir, "OmegaT project.tmx");
    fs.writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>\r\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\r\n<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6" segtype="paragraph" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="FR-fr" datatype="plaintext"/>\r\n<body>\r\n` +
        `<tu><tuv xml:lang="fr-FR"><seg>Le <hi>président</hi> a parlé.</seg></tuv><tuv xml:lang="en-GB"><seg>The <hi>president</hi> spoke<ph x="1">&lt;br/&gt;</ph>.</seg></tuv></tu>\r\n` +
        `<tu><tuv xml:lang="en-GB"><seg>Second.</seg></tuv><tuv xml:lang="fr-FR"><seg>Deuxième.</seg></tuv></tu>\r\n</body></tmx>`,
    );
    const result = await importFile(target.db, file, { source: "OmegaT" });
    expect(result).toMatchObject({ slug: "omegat-project", outcome: "created" });
    const fr = await target.db.sourceParagraph.findMany({ orderBy: { position: "asc" } });
    const en = await target.db.targetParagraph.findMany({ orderBy: { position: "asc" } });
    expect(fr.map((p) => p.text)).toEqual(["Le président a parlé.", "Deuxième."]);
    expect(en.map((p) => [p.text, p.status])).toEqual([["The president spoke.", "draft"], ["Second.", "draft"]]);
    expect(await target.db.document.findUnique({ where: { slug: "omegat-project" } })).toMatchObject({ titleFr: "Le président a parlé.", source: "OmegaT" });
  });

  it("reads XLIFF 1.2 with groups and inline <g>, --slug naming the document", async () => {
    const file = path.join(target.dir, "strings.xlf");
    fs.writeFileSync(
      file,
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="fr" target-language="en" datatype="plaintext"><body>` +
        `<group id="g"><trans-unit id="a"><source>Bonjour <g id="1">le monde</g></source><target state="final">Hello <g id="1">world</g></target></trans-unit></group>` +
        `<trans-unit id="b"><source>Sans traduction</source></trans-unit></body></file></xliff>`,
    );
    expect(await importFile(target.db, file, { slug: "chaines" })).toMatchObject({ slug: "chaines", outcome: "created" });
    const doc = await target.db.document.findUniqueOrThrow({ where: { slug: "chaines" }, include: { targetParagraphs: true, sourceParagraphs: true } });
    expect(doc.sourceParagraphs.map((p) => p.text)).toEqual(["Bonjour le monde", "Sans traduction"]);
    expect(doc.targetParagraphs.map((p) => [p.text, p.status])).toEqual([["Hello world", "reviewed"]]);
  });
});

describe("bad files: one line naming the file and the line or element, nothing written", () => {
  let target: TempDb;
  beforeAll(async () => {
    target = await createTempDb();
    await seedHostile(target.db);
  });
  afterAll(() => target.close());

  const cases: [string, string, string, RegExp][] = [
    ["not well-formed XML", "broken.tmx", `<tmx version="1.4">\n<header srclang="fr-FR"/>\n<body>\n<tu></body></tmx>`, /broken\.tmx: line 4: not well-formed XML: /],
    ["a header without srclang", "nosrc.tmx", `<tmx version="1.4">\n<header adminlang="en"/><body/></tmx>`, /nosrc\.tmx: line 2: <header> has no srclang attribute$/],
    ["a tu without the source language", "nofr.tmx", `<tmx version="1.4"><header srclang="fr-FR"/><body>\n<tu><tuv xml:lang="fr-FR"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>\n\n<tu><tuv xml:lang="de"><seg>x</seg></tuv><tuv xml:lang="en"><seg>y</seg></tuv></tu></body></tmx>`, /nofr\.tmx: line 4: <tu> has no <tuv xml:lang="fr-FR"> \(the header's srclang\)$/],
    ["a tuv without seg", "noseg.tmx", `<tmx version="1.4"><header srclang="fr"/><body>\n<tu>\n<tuv xml:lang="fr"></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu></body></tmx>`, /noseg\.tmx: line 3: <tuv> has no <seg>$/],
    ["another XML file", "page.tmx", `<html><body/></html>`, /page\.tmx: line 1: <html> is not a TMX file/],
    ["an XLIFF unit without source", "nosource.xlf", `<xliff version="1.2"><file original="x" source-language="fr" target-language="en"><body>\n<trans-unit id="7"><target>x</target></trans-unit></body></file></xliff>`, /nosource\.xlf: line 2: <trans-unit> id="7" has no <source>$/],
    ["an unknown XLIFF version", "v3.xliff", `<xliff version="3.0"/>`, /v3\.xliff: line 1: <xliff> has version "3\.0": expected 1\.2 or 2\.x$/],
    ["an empty TMX", "empty.tmx", `<tmx version="1.4"><header srclang="fr"/><body/></tmx>`, /empty\.tmx: no translation units found$/],
    ["an entity declaration", "laughs.tmx", `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY a "aaaaaaaaaa">]>\n<tmx version="1.4"><header srclang="fr"/><body/></tmx>`, /laughs\.tmx: line 3: <!ENTITY> declarations are not accepted$/],
    ["an XLIFF without units", "nounits.xlf", `<xliff version="1.2"><file original="x" source-language="fr" target-language="en"><body/></file></xliff>`, /nounits\.xlf: no translation units found$/],
    ["invalid UTF-8", "latin1.tmx", "<tmx>\n\xe9</tmx>", /latin1\.tmx: invalid UTF-8 on line 2/],
  ];

  it.each(cases)("%s", async (_, name, content, message) => {
    const file = path.join(target.dir, name);
    fs.writeFileSync(file, name === "latin1.tmx" ? Buffer.from(content, "latin1") : content);
    const before = await snapshotDatabase(target.db);
    expectOneLineRefusal(runScript("import", [file], { DATABASE_URL: target.url }), message);
    expect(await snapshotDatabase(target.db)).toEqual(before);
  });

  it("an English file and a multi-document slug are refused, naming the field without its flag", async () => {
    const file = path.join(target.dir, "two.tmx");
    fs.writeFileSync(file, await exportText(source.db, { format: "tmx" }));
    await expect(importFile(target.db, file, { en: "x.txt" })).rejects.toMatchObject({
      code: "englishInBilingualFile",
      field: "english",
      value: "x.txt",
      message: 'english "x.txt": two.tmx already holds the English; an English file goes with an article',
    });
    await expect(importFile(target.db, file, { slug: "one" })).rejects.toMatchObject({
      code: "slugNeedsOneDocument",
      values: { file: "two.tmx", count: 2 },
      message: 'slug "one": two.tmx holds 2 documents; a slug names only one',
    });
  });

  it("the import command prints what it did", async () => {
    const file = path.join(target.dir, "cli.tmx");
    fs.writeFileSync(file, await exportText(source.db, { format: "tmx" }));
    const result = runScript("import", [file], { DATABASE_URL: target.url });
    expect(result.stderr).toBe("");
    // "hostile" was there (its U+0001 paragraph comes back cleaned), "second" is new: the
    // line names the first document and adds up the counts of both.
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^hostile: updated \(French: 7 kept, 9 added, 1 removed; English: 7 kept, 7 added, 0 removed\)\n/);
  });
});
