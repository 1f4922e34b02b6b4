import fs from "node:fs";
import path from "node:path";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { translateToolkitUnits } from "./helpers";
import { seedHostile } from "./seed";

jest.setTimeout(60_000);

let temp: TempDb;
const exportCli = (...args: string[]) => runScript("export", args, { DATABASE_URL: temp.url });

beforeAll(async () => {
  temp = await createTempDb();
  await seedHostile(temp.db, "hostile");
  await seedHostile(temp.db, "second");
});
afterAll(() => temp.close());

describe("npm run export", () => {
  it("writes TMX to stdout, warnings on stderr naming the paragraph", () => {
    const result = exportCli("--doc", "hostile", "--format", "tmx");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<tmx version="1\.4">/);
    expect(result.stdout.match(/<tu /g)).toHaveLength(8);
    expect(result.stderr.trim()).toBe("warning: hostile: French paragraph 7: dropped U+0001 U+FFFE (not allowed in XML 1.0)");
  });

  it("--all --out writes one file with every document; --source-lang/--target-lang set the languages", () => {
    const out = path.join(temp.dir, "all.xlf");
    const result = exportCli("--all", "--format", "xliff12", "--out", out, "--source-lang", "fr-BE", "--target-lang", "en-US");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n").at(-1)).toBe(`wrote ${out} (16 rows)`);
    const xml = fs.readFileSync(out, "utf8");
    expect(xml.match(/<file /g)).toHaveLength(2);
    expect(xml).toContain('source-language="fr-BE" target-language="en-US"');
    expect(translateToolkitUnits(out, "xliff")).toHaveLength(16);
  });

  it("txt writes <out>.fr and <out>.en with the same number of lines", () => {
    const out = path.join(temp.dir, "corpus.txt");
    const result = exportCli("--doc", "hostile", "--format", "txt", "--out", out);
    expect(result.status).toBe(0);
    expect(result.stderr.trim()).toBe(`wrote ${path.join(temp.dir, "corpus.fr")} and ${path.join(temp.dir, "corpus.en")} (8 rows)`);
    const fr = fs.readFileSync(path.join(temp.dir, "corpus.fr"), "utf8").split("\n");
    const en = fs.readFileSync(path.join(temp.dir, "corpus.en"), "utf8").split("\n");
    expect(fr).toHaveLength(9);
    expect(en).toHaveLength(9);
  });

  it("--status reviewed keeps only reviewed links", () => {
    const result = exportCli("--doc", "hostile", "--format", "tsv", "--status", "reviewed");
    expect(result.stdout.trim().split("\n")).toHaveLength(3);
    expect(result.stderr).toBe("");
  });

  it("--status reviewed matching nothing says so on stderr (exit 0, header only)", async () => {
    await temp.db.document.create({ data: { slug: "empty", titleFr: "Vide", sourceHash: "x" } });
    const result = exportCli("--doc", "empty", "--format", "tsv", "--status", "reviewed");
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(result.stderr.trim()).toBe("note: no link in empty matched --status reviewed; the output has no rows");
  });

  it.each(["tmx", "xliff", "xliff12", "csv", "tsv", "json", "md", "html"])("--out with %s prints one line naming the file", (format) => {
    const out = path.join(temp.dir, `one.${format}`);
    const result = exportCli("--doc", "hostile", "--format", format, "--out", out);
    expect(result.status).toBe(0);
    expect(result.stderr.replace(/^warning: .*\n/gm, "").trim()).toBe(`wrote ${out} (8 rows)`);
  });

  it("an --out that is a folder or in a missing folder: one line naming the path, nothing left behind", () => {
    const dir = fs.mkdtempSync(path.join(temp.dir, "out-"));
    fs.mkdirSync(path.join(dir, "k.tmx"));
    const asFolder = exportCli("--all", "--format", "tmx", "--out", path.join(dir, "k.tmx"));
    expect(asFolder.status).toBe(1);
    expect(asFolder.stderr.trim()).toBe(`error: --out ${path.join(dir, "k.tmx")}: is a folder, not a file`);
    const missing = exportCli("--all", "--format", "txt", "--out", path.join(dir, "nope", "k"));
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(`error: --out ${path.join(dir, "nope", "k.fr")}: folder ${path.join(dir, "nope")} does not exist`);
    expect(fs.readdirSync(dir)).toEqual(["k.tmx"]);
  });

  const errors: [string, string[], RegExp][] = [
    ["an unknown document", ["--doc", "absent", "--format", "tmx"], /^error: --doc absent: no document with this slug$/],
    ["neither --doc nor --all", ["--format", "tmx"], /^error: give either --doc SLUG or --all$/],
    ["both --doc and --all", ["--doc", "hostile", "--all", "--format", "csv"], /^error: give either --doc SLUG or --all$/],
    ["txt without --out", ["--all", "--format", "txt"], /^error: --format txt writes two files: give --out PATH/],
    ["an unknown format", ["--all", "--format", "docx"], /error: option '--format <format>' argument 'docx' is invalid/],
    ["a bad language tag", ["--all", "--format", "tmx", "--source-lang", "fr FR"], /^error: --source-lang "fr FR": not a language tag/],
    ["an output folder that does not exist", ["--all", "--format", "csv", "--out", "/nonexistent/dir/x.csv"], /^error: --out \/nonexistent\/dir\/x\.csv: folder \/nonexistent\/dir does not exist$/],
  ];
  it.each([
    ["no --format", ["--all"], "error: required option '--format <format>' not specified (see --help)\n"],
    ["--doc without its slug", ["--format", "tmx", "--doc"], "error: option '--doc <slug>' argument missing (see --help)\n"],
  ])("%s: one line pointing at --help, not the whole usage", (_, args, message) => {
    expect(exportCli(...args)).toEqual({ status: 1, stdout: "", stderr: message });
  });

  it.each(errors)("%s: one line on stderr, exit 1, no output", (_, args, message) => {
    const result = exportCli(...args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")[0]).toMatch(message);
  });
});
