import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startApp, type RunningApp } from "./harness";
import { ROOT } from "./paths";
import { callAction } from "./server-actions";

/**
 * Issue 12, finding 1: writers wait for each other instead of failing. A long import and
 * `align --all` run in their own processes while ten clients save paragraphs through the
 * server, as the reader's editor does: no save fails, no edit is lost, every revision is there.
 */

jest.setTimeout(300_000);

const SLUG = "kim-soutien-inconditionnel-russie";
const CLIENTS = 10;
const PAUSE_MS = 100;
const PARAGRAPHS = 5_000;

let app: RunningApp;
beforeAll(async () => (app = await startApp()));
afterAll(() => app?.stop());

/** A long article and its English: numbered dispatches, so that every paragraph is distinct. */
function writeLongArticle(dir: string): { fr: string; en: string } {
  const fr = ["Fil des dépêches"];
  const en = ["Wire of dispatches"];
  for (let i = 1; i < PARAGRAPHS; i++) {
    fr.push(`Dépêche ${i}. Le ministre a rencontré ${i % 7 === 0 ? "Kim Jong Un à Pyongyang" : "ses homologues"} le ${(i % 28) + 1} mars pour parler de ${i * 3} millions d'euros.`);
    en.push(`Dispatch ${i}. The minister met ${i % 7 === 0 ? "Kim Jong Un in Pyongyang" : "his counterparts"} on ${(i % 28) + 1} March to discuss ${i * 3} million euros.`);
  }
  const files = { fr: path.join(dir, "wire.fr.txt"), en: path.join(dir, "wire.en.txt") };
  fs.writeFileSync(files.fr, fr.join("\n\n"));
  fs.writeFileSync(files.en, en.join("\n\n"));
  return files;
}

/** A command as `npm run NAME -- ARGS` runs it, on the app's database; resolves with its exit code and output. */
function command(name: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", `${name}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: app.temp.url },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (status) => resolve({ status, output }));
  });
}

it("an import and align --all run while ten clients save: no error, no lost edit, every revision present", async () => {
  const doc = await app.temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
  const paragraphs = await app.temp.db.targetParagraph.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" }, take: CLIENTS });
  const files = writeLongArticle(app.temp.dir);

  let running = true;
  const commands = Promise.all([command("import", [files.fr, "--en", files.en]), command("align", ["--all"])]).finally(() => (running = false));
  const failures: string[] = [];
  const clients = paragraphs.map(async (paragraph, client) => {
    const saved: string[] = [];
    let version = paragraph.version;
    // Until both commands are done, and a few saves at least.
    while (running || saved.length < 5) {
      const text = `Client ${client}, edit ${saved.length + 1}.`;
      const answer = await callAction(app.baseUrl, `/en/documents/${SLUG}`, "saveTranslationAction", [SLUG, { paragraphId: paragraph.id, expectedVersion: version, text }]);
      const ok = answer.status === 200 && answer.text.includes('"ok":true');
      if (!ok) failures.push(`client ${client}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
      else {
        saved.push(text);
        version++;
      }
      await new Promise((r) => setTimeout(r, PAUSE_MS));
    }
    return { paragraph, saved };
  });
  const [results, done] = await Promise.all([Promise.all(clients), commands]);

  for (const run of done) expect(run).toMatchObject({ status: 0 });
  expect(done[0].output).toMatch(/fil-des-depeches: created/);
  expect(failures).toEqual([]);
  for (const { paragraph, saved } of results) {
    const revisions = await app.temp.db.revision.findMany({ where: { paragraphId: paragraph.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.text)).toEqual([paragraph.text, ...saved]);
    expect((await app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).text).toBe(saved.at(-1));
  }
  const wire = await app.temp.db.document.findUniqueOrThrow({ where: { slug: "fil-des-depeches" } });
  expect(await app.temp.db.sourceParagraph.count({ where: { documentId: wire.id, linkId: null } })).toBe(0);
});
