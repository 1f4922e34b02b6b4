import fs from "node:fs";
import path from "node:path";
import { alignDocument, alignAll } from "../../lib/align/align-document";
import { importFile } from "../../lib/import/import-file";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(120_000);

const SLUG = "kim-soutien-inconditionnel-russie";
let temp: TempDb;

beforeEach(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
});
afterEach(async () => {
  await temp.close();
});

async function documentLinks(slug = SLUG) {
  const doc = await temp.db.document.findUniqueOrThrow({ where: { slug } });
  return temp.db.alignmentLink.findMany({
    where: { documentId: doc.id },
    orderBy: { position: "asc" },
    include: { sourceParagraphs: { orderBy: { position: "asc" } }, targetParagraphs: { orderBy: { position: "asc" } } },
  });
}

describe("alignDocument", () => {
  it("links every paragraph of both sides exactly once, in reading order, method auto", async () => {
    const summary = await alignDocument(temp.db, SLUG);
    const links = await documentLinks();
    expect(links.length).toBe(summary.links);
    const fr = links.flatMap((l) => l.sourceParagraphs.map((p) => p.position));
    const en = links.flatMap((l) => l.targetParagraphs.map((p) => p.position));
    expect(fr).toEqual([...Array(34).keys()]);
    expect(en).toEqual([...Array(32).keys()]);
    expect(links.every((l) => l.method === "auto" && !l.locked && l.score >= 0 && l.score <= 1)).toBe(true);
    expect(links.map((l) => l.position)).toEqual([...Array(links.length).keys()]);
    // The sample corpus's known shapes: French captions and credits without English, paragraphs merged and split.
    expect(summary.byType["1-0"]).toBeGreaterThanOrEqual(2);
    expect(summary.byType["2-1"]).toBeGreaterThanOrEqual(1);
    expect(summary.byType["1-2"]).toBeGreaterThanOrEqual(1);
    expect(Object.values(summary.byType).reduce((a, b) => a + b, 0)).toBe(links.length);
    expect(summary.lowConfidence).toBe(links.filter((l) => l.score < 0.5).length);
  });

  it("keeps a locked link exactly as it was and aligns the rest around it", async () => {
    await alignDocument(temp.db, SLUG);
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
    // A person pairs French paragraph 8 with English 9, a deliberately wrong pairing the aligner would never make.
    const fr8 = await temp.db.sourceParagraph.findFirstOrThrow({ where: { documentId: doc.id, position: 8 } });
    const en9 = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position: 9 } });
    const locked = await temp.db.alignmentLink.create({ data: { documentId: doc.id, position: 8, score: 1, method: "manual", locked: true } });
    await temp.db.sourceParagraph.update({ where: { id: fr8.id }, data: { linkId: locked.id } });
    await temp.db.targetParagraph.update({ where: { id: en9.id }, data: { linkId: locked.id } });
    const lockedBefore = await temp.db.alignmentLink.findUniqueOrThrow({ where: { id: locked.id } });
    const fr8Before = await temp.db.sourceParagraph.findUniqueOrThrow({ where: { id: fr8.id } });
    const en9Before = await temp.db.targetParagraph.findUniqueOrThrow({ where: { id: en9.id } });

    const summary = await alignDocument(temp.db, SLUG);
    expect(summary.locked).toBe(1);
    expect(await temp.db.alignmentLink.findUniqueOrThrow({ where: { id: locked.id } })).toEqual(lockedBefore);
    expect(await temp.db.sourceParagraph.findUniqueOrThrow({ where: { id: fr8.id } })).toEqual(fr8Before);
    expect(await temp.db.targetParagraph.findUniqueOrThrow({ where: { id: en9.id } })).toEqual(en9Before);

    const links = await documentLinks();
    const k = links.findIndex((l) => l.id === locked.id);
    // Around it, the order still holds: everything before is before on both sides.
    for (const [n, l] of links.entries()) {
      const frPos = l.sourceParagraphs.map((p) => p.position);
      const enPos = l.targetParagraphs.map((p) => p.position);
      if (n < k) expect([...frPos.filter((p) => p >= 8), ...enPos.filter((p) => p >= 9)]).toEqual([]);
      if (n > k) expect([...frPos.filter((p) => p <= 8), ...enPos.filter((p) => p <= 9)]).toEqual([]);
    }
    expect(links.flatMap((l) => l.sourceParagraphs.map((p) => p.position))).toEqual([...Array(34).keys()]);
    expect(links.flatMap((l) => l.targetParagraphs.map((p) => p.position))).toEqual([...Array(32).keys()]);
    // Positions still follow reading order.
    expect(links.map((l) => l.position)).toEqual([...links.map((l) => l.position)].sort((a, b) => a - b));
  });

  it("replaces the previous automatic links instead of adding to them", async () => {
    await alignDocument(temp.db, SLUG);
    const first = await documentLinks();
    await alignDocument(temp.db, SLUG);
    const second = await documentLinks();
    expect(second.length).toBe(first.length);
    expect(await temp.db.alignmentLink.count()).toBe(first.length);
    expect(second.map((l) => [l.sourceParagraphs.map((p) => p.id), l.targetParagraphs.map((p) => p.id)])).toEqual(
      first.map((l) => [l.sourceParagraphs.map((p) => p.id), l.targetParagraphs.map((p) => p.id)]),
    );
  });

  it("is one transaction: a failure after the links are written leaves the database as it was", async () => {
    await alignDocument(temp.db, SLUG);
    const before = await snapshotDatabase(temp.db);
    await expect(
      alignDocument(temp.db, SLUG, {
        beforeCommit: async () => {
          throw new Error("disk full");
        },
      }),
    ).rejects.toThrow("disk full");
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("uses stored machine translations of the French paragraphs as evidence", async () => {
    const fr = path.join(temp.dir, "tempete.txt");
    const en = path.join(temp.dir, "tempete.en.txt");
    fs.writeFileSync(fr, "Titre\n\nLes marchés financiers ont fermé plus tôt que prévu mardi à cause de la tempête.\n\nIl a plu toute la journée.\n");
    fs.writeFileSync(en, "Title\n\nStorm closes markets early.\n");
    const { documentId } = await importFile(temp.db, fr, { en, slug: "tempete" });
    const pairs = async () =>
      (await documentLinks("tempete")).map((l) => [l.sourceParagraphs.map((p) => p.position), l.targetParagraphs.map((p) => p.position)]);

    await alignDocument(temp.db, "tempete");
    expect(await pairs()).toEqual([[[0], [0]], [[1], []], [[2], [1]]]);

    const french = await temp.db.sourceParagraph.findMany({ where: { documentId }, orderBy: { position: "asc" } });
    const translations = ["Title", "Financial markets closed earlier than expected on Tuesday because of the storm.", "It rained all day."];
    await temp.db.machineTranslation.createMany({
      data: french.map((p, k) => ({ sourceParagraphId: p.id, engine: "deepl", targetLang: "en-GB", sourceHash: p.hash, text: translations[k] })),
    });
    await alignDocument(temp.db, "tempete");
    expect(await pairs()).toEqual([[[0], [0]], [[1], [1]], [[2], []]]);
  });

  it("refuses an unknown slug with documentNotFound, naming the document, no flag", async () => {
    await expect(alignDocument(temp.db, "no-such-doc")).rejects.toMatchObject({ code: "documentNotFound", field: "document", value: "no-such-doc", message: 'document "no-such-doc": no document with this slug' });
  });

  it("alignAll aligns every document with English", async () => {
    const summaries = await alignAll(temp.db);
    expect(summaries.map((s) => s.slug).sort()).toEqual(["choigou-rencontre-kim-pyongyang", SLUG]);
    expect(await temp.db.sourceParagraph.count({ where: { linkId: null } })).toBe(0);
    expect(await temp.db.targetParagraph.count({ where: { linkId: null } })).toBe(0);
  });
});

describe("npm run align (database)", () => {
  const align = (...args: string[]) => runScript("align", args, { DATABASE_URL: temp.url });

  it("--doc prints a summary by link type and the low-confidence count", () => {
    const result = align("--doc", SLUG);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${SLUG}: \\d+ links \\((\\d+-\\d+: \\d+(, )?)+\\), \\d+ low confidence, 0 locked kept\\n$`));
    expect(result.stdout).toMatch(/1-1: \d+/);
  });

  it("npm run import aligns the imported document unless --no-align", async () => {
    const corpus = path.join(__dirname, "..", "..", "prisma", "corpus");
    const fr = path.join(corpus, "choigou-rencontre-kim-pyongyang.fr.txt");
    const en = path.join(corpus, "choigou-rencontre-kim-pyongyang.en.txt");
    const skipped = runScript("import", [fr, "--en", en, "--slug", "copie-sans", "--no-align"], { DATABASE_URL: temp.url });
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).not.toContain("aligned");
    const imported = runScript("import", [fr, "--en", en, "--slug", "copie"], { DATABASE_URL: temp.url });
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^aligned copie: 9 links \(.*\), \d+ low confidence, 0 locked kept$/m);
    const docs = await temp.db.document.findMany({ where: { slug: { in: ["copie", "copie-sans"] } }, include: { _count: { select: { links: true } } } });
    expect(Object.fromEntries(docs.map((d) => [d.slug, d._count.links]))).toEqual({ copie: 9, "copie-sans": 0 });
  });

  it("--all aligns every document, one summary line each", async () => {
    const result = align("--all");
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(2);
    expect(await temp.db.sourceParagraph.count({ where: { linkId: null } })).toBe(0);
  });

  it("an unknown slug: one line on stderr naming the flag, exit 1, nothing written", async () => {
    const before = await snapshotDatabase(temp.db);
    const result = align("--doc", "nope");
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("error: --doc nope: no document with this slug\n");
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });
});
