import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, runScript } from "../helpers/run-script";
import { expectValidAlignment } from "./invariants";

jest.setTimeout(60_000);

const FIXTURES = path.join(__dirname, "..", "fixtures", "align", "fit");
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-align-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

// No DATABASE_URL on purpose: file mode must not need a database.
const align = (...args: string[]) => runScript("align", args, { DATABASE_URL: "file:/nonexistent/dir/never.db" });

describe("npm run align -- --fr FILE --en FILE --json", () => {
  it("prints only the links as one line of JSON: 0-based, in order, scores in [0, 1], one-sided links with []", () => {
    const fr = write("a.fr.txt", "Kim Jong Un a reçu Sergueï Choïgou à Pyongyang le 4 juin 2025.\n\nKCNA VIA KNS/AFP\nLes deux hommes ont parlé pendant 2 heures de la guerre en Ukraine.\n");
    const en = write("a.en.txt", "Kim Jong Un received Sergei Shoigu in Pyongyang on 4 June 2025.\nThe two men talked for 2 hours about the war in Ukraine.\n");
    const result = align("--fr", fr, "--en", en, "--json");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { links: { fr: number[]; en: number[]; score: number }[] };
    expect(result.stdout).toBe(`${JSON.stringify(parsed)}\n`);
    expect(Object.keys(parsed)).toEqual(["links"]);
    expect(parsed.links.map(({ fr, en }) => ({ fr, en }))).toEqual([
      { fr: [0], en: [0] },
      { fr: [1], en: [] },
      { fr: [2], en: [1] },
    ]);
    for (const link of parsed.links) expect(Object.keys(link)).toEqual(["fr", "en", "score"]);
    expectValidAlignment(parsed.links, 3, 2);
  });

  it("--glossary adds name evidence: Pékin ~ Beijing and Londres ~ London only through the glossary", () => {
    const fr = write("g.fr.txt", "Titre\nVisite à Pékin.\nVisite à Londres.\n");
    const en = write("g.en.txt", "Title\nA visit to Beijing.\nA visit to London.\n");
    type Links = { links: { fr: number[]; en: number[]; score: number }[] };
    const withGlossary = JSON.parse(align("--fr", fr, "--en", en, "--json", "--glossary", path.join(FIXTURES, "glossary.json")).stdout) as Links;
    const without = JSON.parse(align("--fr", fr, "--en", en, "--json").stdout) as Links;
    const pairs = (r: Links) => r.links.map((l) => [l.fr, l.en]);
    expect(pairs(withGlossary)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
    expect(pairs(without)).toEqual(pairs(withGlossary));
    // The names make the pairing surer: without them, only order and length speak for it.
    for (const k of [1, 2]) expect(withGlossary.links[k].score).toBeGreaterThan(without.links[k].score + 0.03);
  });

  it("bad input: a valid alignment or one line on stderr naming the file, never a crash", () => {
    const empty = write("empty.txt", "");
    const one = write("one.txt", "Une ligne.\n");
    const punctuation = write("punct.txt", "…\n!!!\n« »\n");
    const binary = write("binary.txt", Buffer.from([0x41, 0x00, 0x42]));
    const latin1 = write("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));

    expect(JSON.parse(align("--fr", empty, "--en", empty, "--json").stdout)).toEqual({ links: [] });
    expect(JSON.parse(align("--fr", one, "--en", empty, "--json").stdout)).toEqual({ links: [{ fr: [0], en: [], score: 1 }] });
    expectValidAlignment(JSON.parse(align("--fr", punctuation, "--en", one, "--json").stdout).links, 3, 1);

    for (const [args, message] of [
      [["--fr", path.join(dir, "missing.txt"), "--en", one], `${path.join(dir, "missing.txt")}: no such file`],
      [["--fr", one, "--en", binary], `${binary}: binary file`],
      [["--fr", latin1, "--en", one], `${latin1}: invalid UTF-8`],
      [["--fr", one], "file mode needs both --fr FILE and --en FILE"],
      [["--fr", one, "--en", one, "--glossary", path.join(dir, "missing.json")], `${path.join(dir, "missing.json")}: no such file`],
    ] as const) {
      const result = align(...args, "--json");
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(1);
      expect(result.stderr).toContain(message);
    }
  });

  it("npm run align (the bundled command, rebuilt when a source changes) prints what the TypeScript source does", () => {
    const fr = write("b.fr.txt", "Titre\nLe 4 juin, Kim Jong Un a reçu Sergueï Choïgou.\nIls ont parlé 2 heures.\n");
    const en = write("b.en.txt", "Title\nOn 4 June, Kim Jong Un received Sergei Shoigu.\nThey talked for 2 hours.\n");
    const bundled = spawnSync(process.execPath, [path.join(ROOT, "scripts", "run-bundled.mjs"), "align", "--fr", fr, "--en", en, "--json"], { cwd: ROOT, encoding: "utf8" });
    expect(bundled.stderr).toBe("");
    expect(bundled.status).toBe(0);
    const fromSource = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", "align.ts"), "--fr", fr, "--en", en, "--json"], { cwd: ROOT, encoding: "utf8" });
    expect(fromSource.status).toBe(0);
    expect(bundled.stdout).toBe(fromSource.stdout);
    const refused = spawnSync(process.execPath, [path.join(ROOT, "scripts", "run-bundled.mjs"), "align", "--fr", fr], { cwd: ROOT, encoding: "utf8" });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("file mode needs both --fr FILE and --en FILE");
  });

  it("--help describes the modes", () => {
    const result = align("--help");
    expect(result.status).toBe(0);
    for (const option of ["--doc", "--all", "--fr", "--en", "--json", "--glossary"]) expect(result.stdout).toContain(option);
  });
});
