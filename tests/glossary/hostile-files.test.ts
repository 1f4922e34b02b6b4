import fs from "node:fs";
import path from "node:path";
import { performGlossaryWrite } from "../../lib/glossary/write-actions";
import { expectOneLineRefusal } from "../helpers/expect-refusal";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(60_000);

let temp: TempDb;
beforeAll(async () => {
  temp = await createTempDb();
});
afterAll(() => temp.close());

/** The glossary was empty and must stay so. */
const expectNothingStored = async () => expect(await Promise.all([temp.db.glossaryEntry.count(), temp.db.glossaryVariant.count()])).toEqual([0, 0]);

const XXE = `<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tbx><text><body><conceptEntry id="c1"><langSec xml:lang="fr"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
const DEEP = `<tbx><text><body>\n${"<note>".repeat(100_000)}x${"</note>".repeat(100_000)}</body></text></tbx>`;
const CONTROLS = "kind,fr,en\nplace,Koursk\u0007,Kursk\n";

const cases: [string, string, string, string][] = [
  ["a TBX with an external entity", "xxe.tbx", XXE, "xxe.tbx: line 2: <!ENTITY> declarations are not accepted"],
  ["a TBX nested 100,000 levels deep", "deep.tbx", DEEP, "deep.tbx: line 2: elements nested more than 100 levels deep"],
  ["a CSV with a control character", "bell.csv", CONTROLS, "bell.csv: binary file (control character U+0007 on line 2), expected UTF-8 text"],
];

describe("hostile glossary files: one line, nothing written", () => {
  it.each(cases)("the page's upload answers %s with a message", async (_, name, content, message) => {
    const result = await performGlossaryWrite(temp.db, { action: "importFile", name, content }, async () => ({ kind: "local" }));
    expect(result).toMatchObject({ ok: false, error: { message } });
    await expectNothingStored();
  });

  it.each(cases)("the import command refuses %s", async (_, name, content, message) => {
    const file = path.join(temp.dir, name);
    fs.writeFileSync(file, content);
    expectOneLineRefusal(runScript("glossary", ["import", file], { DATABASE_URL: temp.url }), new RegExp(`^error: ${path.join(temp.dir, message).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expectNothingStored();
  });
});
