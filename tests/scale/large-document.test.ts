import fs from "node:fs";
import path from "node:path";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";

/**
 * Issue 11: every command works on a document of thousands of paragraphs. Before, aligning,
 * `translate --dry-run` and re-importing a changed article over ~1,000 paragraphs failed
 * with Prisma's P2029 (query parameter limit exceeded): lists of ids grew with the document.
 */

jest.setTimeout(300_000);

const PARAGRAPHS = 5_000;
let temp: TempDb;
let files: { fr: string; en: string };
const cli = (name: string, ...args: string[]) => runScript(name, args, { DATABASE_URL: temp.url });

/** Numbered dispatches, French and English, every paragraph distinct. */
function writeArticle(dir: string, paragraphs: number, edit = (i: number, text: string) => text): { fr: string; en: string } {
  const fr = ["Fil des dépêches"];
  const en = ["Wire of dispatches"];
  for (let i = 1; i < paragraphs; i++) {
    fr.push(edit(i, `Dépêche ${i}. Le ministre a rencontré ses homologues le ${(i % 28) + 1} mars pour parler de ${i * 3} millions d'euros.`));
    en.push(`Dispatch ${i}. The minister met his counterparts on ${(i % 28) + 1} March to discuss ${i * 3} million euros.`);
  }
  const out = { fr: path.join(dir, "wire.fr.txt"), en: path.join(dir, "wire.en.txt") };
  fs.writeFileSync(out.fr, fr.join("\n\n"));
  fs.writeFileSync(out.en, en.join("\n\n"));
  return out;
}

beforeAll(async () => {
  temp = await createTempDb();
  files = writeArticle(temp.dir, PARAGRAPHS);
});
afterAll(() => temp.close());

describe(`a document of ${PARAGRAPHS.toLocaleString("en")} paragraphs a side`, () => {
  it("imports with its English and aligns", async () => {
    const result = cli("import", files.fr, "--en", files.en);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(`fil-des-depeches: created (French: 0 kept, ${PARAGRAPHS} added, 0 removed; English: 0 kept, ${PARAGRAPHS} added, 0 removed)`);
    expect(result.stdout).toContain(`aligned fil-des-depeches: ${PARAGRAPHS} links (1-1: ${PARAGRAPHS})`);
  });

  it("aligns again with align --doc", () => {
    const result = cli("align", "--doc", "fil-des-depeches");
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(result.stdout).toMatch(new RegExp(`^fil-des-depeches: ${PARAGRAPHS} links`));
  });

  it("plans a translation (--dry-run) of French paragraphs without English", async () => {
    // The English loses its second half: 2,500 French paragraphs have nothing to pair with.
    const half = path.join(temp.dir, "half.en.txt");
    fs.writeFileSync(half, fs.readFileSync(files.en, "utf8").split("\n\n").slice(0, PARAGRAPHS / 2).join("\n\n"));
    expect(cli("import", files.fr, "--en", half, "--replace-edited")).toMatchObject({ status: 0, stderr: "" });
    const result = cli("translate", "--doc", "fil-des-depeches", "--dry-run");
    expect(result.stderr).not.toMatch(/P2029|Error|at /);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2,?500 paragraphs?/);
  });

  it("re-imports a changed article: unchanged paragraphs kept, the changed ones archived", async () => {
    const changed = writeArticle(temp.dir, PARAGRAPHS, (i, text) => (i % 10 === 0 ? `${text} (mis à jour)` : text));
    const result = cli("import", changed.fr, "--en", changed.en, "--no-align");
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(result.stdout).toContain(`French: ${PARAGRAPHS - 499} kept, 499 added, 499 removed`);
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "fil-des-depeches" } });
    expect(await temp.db.archivedParagraph.count({ where: { documentId: doc.id, side: "fr" } })).toBe(499);
    expect(await temp.db.sourceParagraph.count({ where: { documentId: doc.id } })).toBe(PARAGRAPHS);
  });

  it("exports every row", () => {
    const out = path.join(temp.dir, "wire.tmx");
    const result = cli("export", "--doc", "fil-des-depeches", "--format", "tmx", "--out", out);
    expect(result).toMatchObject({ status: 0 });
    expect(result.stderr).toMatch(/^wrote .*wire\.tmx \(\d+ rows\)$/m);
    expect(fs.readFileSync(out, "utf8").match(/<tu /g)!.length).toBeGreaterThanOrEqual(PARAGRAPHS);
  });
});
