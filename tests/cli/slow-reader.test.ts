import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { hashText } from "../../lib/text/normalize";
import { ROOT } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(120_000);

/**
 * A reader slower than the writer: 8 KB every 50 ms, as a pager or a loaded machine reads.
 * A pipe holds 64 KB; whatever a command has not written out by the time it exits is lost.
 */
const SLOW_READER = `
const fs = require("fs");
const buffer = Buffer.alloc(8192);
const chunks = [];
(function read() {
  const n = fs.readSync(0, buffer, 0, buffer.length, null);
  if (n === 0) return process.stdout.write(Buffer.concat(chunks));
  chunks.push(Buffer.from(buffer.subarray(0, n)));
  setTimeout(read, 50);
})();
`;

/** Runs scripts/<name>.ts with its stdout piped into the slow reader; fails if either fails. */
function throughSlowReader(name: string, args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  const result = spawnSync("bash", ["-c", 'set -o pipefail; "$@" | node -e "$SLOW_READER"', "bash", tsx, path.join(ROOT, "scripts", `${name}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, SLOW_READER, NO_COLOR: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let temp: TempDb;

beforeAll(async () => {
  temp = await createTempDb();
  const doc = await temp.db.document.create({ data: { slug: "long", titleFr: "Long", titleEn: "Long", sourceHash: "l" } });
  const links = await temp.db.alignmentLink.createManyAndReturn({
    data: Array.from({ length: 400 }, (_, position) => ({ documentId: doc.id, position, score: 0.9, method: "auto" })),
  });
  const paragraph = (position: number, text: string) => ({ documentId: doc.id, position, kind: "body", text, hash: hashText(text), linkId: links[position].id });
  await temp.db.sourceParagraph.createMany({
    data: links.map(({ position }) => paragraph(position, `Paragraphe ${position} : ${"du texte assez long pour remplir le tuyau, ".repeat(4)}`)),
  });
  await temp.db.targetParagraph.createMany({
    data: links.map(({ position }) => ({ ...paragraph(position, `Paragraph ${position}`), status: "draft", origin: "imported" })),
  });
  await temp.db.glossaryCandidate.createMany({
    data: Array.from({ length: 600 }, (_, i) => ({ fr: `Candidat Numéro ${i}`, kind: "person", variants: [`Numéro ${i}`], en: null, documents: ["long"], occurrences: 2 })),
  });
});
afterAll(() => temp.close());

describe("commands write all their output through a slow pipe", () => {
  it("align --fr --en --json (file mode): over 64 KB of JSON, whole", () => {
    const lines = (word: string) => Array.from({ length: 2500 }, (_, i) => `${word} ${i}, ${i * 7} ${word.toLowerCase()}s.`).join("\n");
    const fr = path.join(temp.dir, "long.fr.txt");
    const en = path.join(temp.dir, "long.en.txt");
    fs.writeFileSync(fr, lines("Paragraphe"));
    fs.writeFileSync(en, lines("Paragraph"));
    const result = throughSlowReader("align", ["--fr", fr, "--en", en, "--json"], { DATABASE_URL: "file:/nonexistent/dir/never.db" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(64 * 1024);
    expect((JSON.parse(result.stdout) as { links: unknown[] }).links.length).toBeGreaterThan(2000);
  });

  it("export --format json to stdout", () => {
    const result = throughSlowReader("export", ["--doc", "long", "--format", "json"], { DATABASE_URL: temp.url });
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(64 * 1024);
    expect((JSON.parse(result.stdout) as { documents: { rows: unknown[] }[] }).documents[0].rows).toHaveLength(400);
  });

  it("glossary candidates --json", () => {
    const result = throughSlowReader("glossary", ["candidates", "--json"], { DATABASE_URL: temp.url });
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(64 * 1024);
    expect(JSON.parse(result.stdout)).toHaveLength(600);
  });
});
