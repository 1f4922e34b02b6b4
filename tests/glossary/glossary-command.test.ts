import fs from "node:fs";
import path from "node:path";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { loadAlignedSample } from "./sample";

jest.setTimeout(120_000);
let temp: TempDb;
const run = (...args: string[]) => runScript("glossary", args, { DATABASE_URL: temp.url });

beforeAll(async () => {
  temp = await createTempDb();
  await loadAlignedSample(temp.db);
});
afterAll(() => temp.close());

describe("npm run glossary", () => {
  it("extract --json prints only a JSON array of candidates", () => {
    const result = run("extract", "--all", "--json");
    expect(result.status).toBe(0);
    const candidates = JSON.parse(result.stdout) as { fr: string; kind: string; variants: string[]; en: string | null }[];
    const shoigu = candidates.find((c) => c.fr === "Sergueï Choïgou")!;
    expect(shoigu).toMatchObject({ kind: "person", en: "Sergei Shoigu" });
    expect(shoigu.variants).toEqual(expect.arrayContaining(["Choïgu"]));
    expect(candidates.every((c) => "en" in c && Array.isArray(c.variants))).toBe(true);
    expect(candidates.some((c) => c.en === null)).toBe(true);
  });

  it("accepts and rejects candidates, then the check uses the new entry", () => {
    const list = JSON.parse(run("candidates", "--json").stdout) as { id: number; fr: string }[];
    const koursk = list.find((c) => c.fr === "Koursk")!;
    const kyushu = list.find((c) => c.fr === "Kyushu")!;
    expect(run("accept", String(koursk.id), "--kind", "place").stdout).toMatch(/accepted as glossary entry \d+/);
    expect(run("reject", String(kyushu.id)).stdout).toContain("rejected");
    const again = run("reject", String(kyushu.id));
    expect([again.status, again.stderr.trim()]).toEqual([1, `error: candidate ${kyushu.id}: already rejected`]);
    const check = run("check", "--all", "--json");
    expect([check.status, JSON.parse(check.stdout)]).toEqual([0, []]);
    expect(run("check", "--all").stderr.trim()).toBe("no flags");
  });

  it("check --json lists flags with doc, fr and expected", async () => {
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "choigou-rencontre-kim-pyongyang" } });
    const p = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, text: { contains: "Kursk" } } });
    await temp.db.targetParagraph.update({ where: { id: p.id }, data: { text: p.text.replace("Kursk", "Koursk") } });
    const flags = JSON.parse(run("check", "--doc", doc.slug, "--json").stdout);
    expect(flags).toEqual([expect.objectContaining({ doc: doc.slug, fr: "Koursk", expected: "Kursk" })]);
    const text = run("check", "--all");
    expect(text.stdout).toContain('"Koursk" but no "Kursk"');
    expect(text.stderr.trim()).toBe("1 flag");
  });

  it("exports and imports CSV and TBX", () => {
    for (const format of ["csv", "tbx"]) {
      const out = path.join(temp.dir, `g.${format}`);
      expect(run("export", "--format", format, "--out", out).status).toBe(0);
      const result = run("import", out);
      expect([result.status, result.stdout.trim()]).toEqual([0, `${out}: 0 created, 0 updated, 1 unchanged`]);
    }
    expect(fs.readFileSync(path.join(temp.dir, "g.csv"), "utf8")).toContain("place,Koursk,Kursk");
  });

  it("explains bad arguments in one line", () => {
    for (const [args, message] of [
      [["extract"], "error: --doc SLUG or --all: say which documents"],
      [["check", "--doc", "nope"], "error: --doc nope: no document with this slug"],
      [["import", "nope.csv"], "error: nope.csv: no such file"],
      [["accept", "x"], "error: id: must be a number"],
    ] as const) {
      const result = run(...args);
      expect([result.status, result.stderr.trim()]).toEqual([1, message]);
    }
    expect(run("export").status).toBe(1);
  });

  it("names the candidate that needs an English form, and how to give it", async () => {
    const { id } = await temp.db.glossaryCandidate.create({ data: { fr: "Giulia Rossi", kind: "person", variants: [], en: null, documents: [], occurrences: 1 } });
    const result = run("accept", String(id));
    expect([result.status, result.stderr.trim()]).toEqual([1, `error: candidate ${id} ("Giulia Rossi") has no English form yet: give it with --en "…" (glossary accept ${id} --en "…")`]);
    expect(run("accept", String(id), "--en", "Giulia Rossi").status).toBe(0);
  });
});
