import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { csvToGlossary, glossaryToCsv } from "../../lib/glossary/csv";
import { exportEntries, exportGlossary, importGlossaryFile, importGlossaryText } from "../../lib/glossary/exchange";
import { glossaryToTbx, tbxToGlossary } from "../../lib/glossary/tbx";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { createTempDb, type TempDb } from "../helpers/temp-db";

const FIXTURES = path.join(__dirname, "..", "fixtures", "glossary");
let source: TempDb;
let target: TempDb;

beforeAll(async () => {
  [source, target] = await Promise.all([createTempDb(), createTempDb()]);
  await loadSampleCorpus(source.db);
});
afterAll(async () => {
  await source.close();
  await target.close();
});
beforeEach(async () => {
  await target.db.glossaryEntry.deleteMany();
});

describe("CSV", () => {
  it("round-trips the whole sample glossary, variants, notes and quotes included", async () => {
    const csv = await exportGlossary(source.db, "csv");
    expect(csv.split("\r\n")[0]).toBe("kind,fr,en,fr_variants,en_variants,note,note_fr");
    expect(await importGlossaryText(target.db, csv, "glossary.csv")).toEqual({ created: 49, updated: 0, unchanged: 0 });
    expect(await exportEntries(target.db)).toEqual(await exportEntries(source.db));
    expect(await exportGlossary(target.db, "csv")).toBe(csv);
    expect(await importGlossaryText(target.db, csv, "glossary.csv")).toEqual({ created: 0, updated: 0, unchanged: 49 });
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    const entries = [{ kind: "other" as const, fr: 'Le "Dialogue", à Singapour', en: "Dialogue", note: "a, b\nc", noteFr: "« a » ; b", variants: { fr: ["x"], en: [] } }];
    expect(csvToGlossary(glossaryToCsv(entries), "t.csv")).toEqual(entries);
  });

  it("refuses a bad line with the file and line named, writing nothing", async () => {
    const file = path.join(FIXTURES, "bad-line.csv");
    const before = await snapshotDatabase(target.db);
    await expect(importGlossaryFile(target.db, file)).rejects.toThrow(`${file}: line 3: en: must not be empty`);
    expect(await snapshotDatabase(target.db)).toEqual(before);
  });

  it("names unknown and missing columns, unknown kinds and duplicates", () => {
    expect(() => csvToGlossary("kind,fr,english\n", "g.csv")).toThrow('g.csv: line 1: unknown column "english"');
    expect(() => csvToGlossary("fr,en\nA,B\n", "g.csv")).toThrow('g.csv: line 1: missing column "kind"');
    expect(() => csvToGlossary("kind,fr,en\nplanet,Mars,Mars\n", "g.csv")).toThrow(/^g\.csv: line 2: kind: /);
    expect(() => csvToGlossary("kind,fr,en\nplace,Koursk,Kursk\nplace,Koursk,Kursk\n", "g.csv")).toThrow('g.csv: line 3: fr: "Koursk" already on line 2');
    expect(() => csvToGlossary('kind,fr,en\nplace,"Koursk,Kursk\n', "g.csv")).toThrow(/^g\.csv: line \d+: /);
  });
});

describe("TBX", () => {
  it("writes valid TBX-Basic: one conceptEntry per entry, fr and en langSecs, variants marked", async () => {
    const xml = await exportGlossary(source.db, "tbx");
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => ["conceptEntry", "langSec", "termSec", "termNote"].includes(n) }).parse(xml);
    expect(doc.tbx["@_xmlns"]).toBe("urn:iso:std:iso:30042:ed-2");
    expect(doc.tbx["@_type"]).toBe("TBX-Basic");
    const concepts = doc.tbx.text.body.conceptEntry;
    expect(concepts).toHaveLength(49);
    const shoigu = concepts.find((c: { langSec: { termSec: { term: string }[] }[] }) => c.langSec[0].termSec[0].term === "Sergueï Choïgou");
    expect(shoigu.descrip).toMatchObject({ "@_type": "subjectField", "#text": "person" });
    expect(shoigu.langSec.map((l: Record<string, string>) => l["@_xml:lang"])).toEqual(["fr", "en"]);
    const status = (t: { termNote: { "@_type": string; "#text": string }[] }) => t.termNote.find((n) => n["@_type"] === "administrativeStatus")!["#text"];
    expect(shoigu.langSec[0].termSec.map(status)).toEqual(["preferredTerm-admn-sts", ...Array(4).fill("admittedTerm-admn-sts")]);
    if (spawnSync("xmllint", ["--version"]).status === 0) {
      execFileSync("xmllint", ["--noout", "-"], { input: xml });
    }
  });

  it("round-trips the whole sample glossary", async () => {
    const xml = await exportGlossary(source.db, "tbx");
    expect(await importGlossaryText(target.db, xml, "glossary.tbx")).toEqual({ created: 49, updated: 0, unchanged: 0 });
    expect(await exportEntries(target.db)).toEqual(await exportEntries(source.db));
    expect(await exportGlossary(target.db, "tbx")).toBe(xml);
    const entries = await exportEntries(source.db);
    expect(tbxToGlossary(glossaryToTbx(entries), "x.tbx")).toEqual(entries);
  });

  it("reads TBX 2 files (martif, termEntry, langSet, tig) and regional language tags", () => {
    const xml = fs.readFileSync(path.join(FIXTURES, "tbx2.tbx"), "utf8");
    expect(tbxToGlossary(xml, "old.tbx")).toEqual([
      { kind: "place", fr: "Koursk", en: "Kursk", note: "Russian region bordering Ukraine.", noteFr: null, variants: { fr: [], en: ["Koursk region"] } },
    ]);
  });

  it("refuses bad files naming the line or the element, writing nothing", async () => {
    const before = await snapshotDatabase(target.db);
    const file = path.join(FIXTURES, "bad-kind.tbx");
    await expect(importGlossaryFile(target.db, file)).rejects.toThrow(`${file}: conceptEntry 2 (id "c2"): descrip subjectField: "planet" is not one of`);
    expect(() => tbxToGlossary("<tbx><text><body>\n<conceptEntry>\n</body></text></tbx>", "b.tbx")).toThrow(/^b\.tbx: line 3: /);
    expect(() =>
      tbxToGlossary('<tbx><text><body><conceptEntry id="x"><langSec xml:lang="fr"><termSec><term>A</term></termSec></langSec></conceptEntry></body></text></tbx>', "c.tbx"),
    ).toThrow('c.tbx: conceptEntry 1 (id "x"): no langSec xml:lang="en"');
    expect(() => tbxToGlossary("<html/>", "d.tbx")).toThrow("d.tbx: not a TBX file");
    await expect(importGlossaryFile(target.db, path.join(FIXTURES, "missing.tbx"))).rejects.toThrow("missing.tbx: no such file");
    await expect(importGlossaryFile(target.db, path.join(FIXTURES, "sample-links.json"))).rejects.toThrow("unknown extension");
    expect(await snapshotDatabase(target.db)).toEqual(before);
  });
});

describe("notes in both languages", () => {
  const kursk = { kind: "place" as const, fr: "Koursk", en: "Kursk", note: "Russian border region.", noteFr: "Région frontalière russe.", variants: { fr: [], en: [] } };

  it("are stored, exported and imported in CSV and TBX, each in its language", async () => {
    await importGlossaryText(target.db, glossaryToCsv([kursk]), "g.csv");
    expect(await target.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Koursk" } })).toMatchObject({ note: kursk.note, noteFr: kursk.noteFr });
    const csv = await exportGlossary(target.db, "csv");
    expect(csv.split("\r\n")[1]).toBe("place,Koursk,Kursk,,,Russian border region.,Région frontalière russe.");
    const tbx = await exportGlossary(target.db, "tbx");
    // The English note belongs to the concept (the file's language is English), the French one to the French section.
    const concept = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "langSec" }).parse(tbx).tbx.text.body.conceptEntry;
    expect(concept.note).toBe(kursk.note);
    expect(concept.langSec[0]).toMatchObject({ "@_xml:lang": "fr", note: kursk.noteFr });
    expect(concept.langSec[1].note).toBeUndefined();
    expect(tbxToGlossary(tbx, "g.tbx")).toEqual([kursk]);
  });

  it("reads a note marked French, or in the English section, from other tools' TBX", () => {
    const xml = `<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="k">
      <descrip type="subjectField">place</descrip>
      <note xml:lang="fr">Région frontalière russe.</note>
      <langSec xml:lang="fr"><termSec><term>Koursk</term></termSec></langSec>
      <langSec xml:lang="en"><note>Russian border region.</note><termSec><term>Kursk</term></termSec></langSec>
    </conceptEntry></body></text></tbx>`;
    expect(tbxToGlossary(xml, "k.tbx")).toEqual([kursk]);
  });

  it("a CSV without the note_fr column (written before it existed) still imports", () => {
    expect(csvToGlossary("kind,fr,en,note\nplace,Koursk,Kursk,Russian border region.\n", "old.csv")).toEqual([{ ...kursk, noteFr: null }]);
  });
});
