import { loadAlignedRows } from "../../lib/documents/aligned-rows";
import { addToMemory } from "../../lib/memory/memory";
import { DeeplProvider } from "../../lib/translate/deepl-provider";
import { TranslateStoppedError, translateDocuments, type TranslateOptions } from "../../lib/translate/run";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { FakeDeeplServer } from "../helpers/fake-deepl-server";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { addEnglish, ARTICLE, createFrenchDocument, CREDIT, GLOSSARY, link, SENT_TEXTS, saveGlossary } from "./fixtures";

jest.setTimeout(30_000);

let temp: TempDb;
let server: FakeDeeplServer;

beforeEach(async () => {
  temp = await createTempDb();
  server = await FakeDeeplServer.start();
});
afterEach(async () => {
  await server.stop();
  await temp.close();
});

const provider = (overrides: Partial<ConstructorParameters<typeof DeeplProvider>[0]> = {}) =>
  new DeeplProvider({ authKey: server.authKey, serverUrl: server.url, timeoutMs: 2000, maxAttempts: 3, ...overrides });

const translate = (options: Partial<TranslateOptions> = {}) =>
  translateDocuments(temp.db, { slugs: [ARTICLE.slug], provider: provider(), ...options });

const englishOf = (documentId: number) =>
  temp.db.targetParagraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, include: { revisions: true } });

/** Every row of the bilingual view holds one French and one English paragraph, in order. */
async function expectOneToOneInReadingOrder(documentId: number) {
  const rows = await loadAlignedRows(temp.db, documentId);
  for (const row of rows) {
    expect(row.linkId).not.toBeNull();
    expect(row.fr).toHaveLength(1);
    expect(row.en).toHaveLength(1);
  }
  const positions = (side: "fr" | "en") => rows.map((r) => r[side][0].position);
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  expect(positions("fr")).toEqual(sorted(positions("fr")));
  expect(positions("en")).toEqual(sorted(positions("en")));
  expect(positions("en")).toEqual(rows.map((_, i) => i));
  const links = await temp.db.alignmentLink.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  expect(rows.map((r) => r.linkId)).toEqual(links.map((l) => l.id));
  return rows;
}

describe("translate through DeepL", () => {
  it("translates several paragraphs per request with the glossary, the title as context, and stores them", async () => {
    await saveGlossary(temp.db);
    const { documentId, french } = await createFrenchDocument(temp.db);

    const report = await translate({ batchLimits: { maxTexts: 4, maxBytes: 128 * 1024 } });

    const calls = server.translateRequests();
    expect(calls.map((c) => c.params.getAll("text").length)).toEqual([4, 1]);
    for (const call of calls) {
      expect(call.params.get("source_lang")).toBe("fr");
      expect(call.params.get("target_lang")).toBe("en-GB");
      expect(call.params.get("context")).toBe(ARTICLE.title);
      expect(call.params.get("formality")).toBe("prefer_more");
      expect(call.params.get("preserve_formatting")).toBe("1");
      expect(call.params.has("tag_handling")).toBe(false);
      expect(call.params.get("glossary_id")).toBe([...server.glossaries.keys()][0]);
      expect(call.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
      expect(call.headers["user-agent"]).toMatch(/^deepl-node\/1\.28\.0 vis-a-vis\//);
    }
    expect(report.documents[0]).toMatchObject({ fromDeepl: 5, fromMemory: 0, copied: 1, characters: SENT_TEXTS.join("").length });
    expect(server.translatedTexts()).not.toContain(CREDIT);

    const english = await englishOf(documentId);
    expect(english.map((p) => p.text)).toEqual([
      "[EN-GB] Sergei Shoigu rencontre Kim Jong Un à Pyongyang",
      "[EN-GB] Le secrétaire du Conseil de sécurité russe Sergei Shoigu est arrivé mercredi à Pyongyang.",
      "[EN-GB] Il a été reçu par Kim Jong Un, selon l'agence officielle KCNA.",
      "[EN-GB] C'est la deuxième visite de M. Sergei Shoigu en North Korea en moins de trois mois.",
      "[EN-GB] Moscow et Pyongyang ont signé l'an dernier un traité de défense mutuelle.",
      "KCNA VIA KNS/AFP",
    ]);
    // The credit line is copied as it stands: origin imported, status machine, a note saying so.
    const credit = english.pop()!;
    expect(credit).toMatchObject({ origin: "imported", status: "machine", version: 1 });
    expect(credit.revisions).toEqual([expect.objectContaining({ version: 1, text: CREDIT, origin: "imported", status: "machine", note: "credit line, copied unchanged" })]);
    for (const p of english) {
      expect(p).toMatchObject({ origin: "deepl", status: "machine", version: 1 });
      expect(p.revisions).toEqual([expect.objectContaining({ version: 1, text: p.text, origin: "deepl", status: "machine" })]);
    }
    expect(english[0].kind).toBe("title");
    expect((await temp.db.document.findUniqueOrThrow({ where: { id: documentId } })).titleEn).toBe(english[0].text);

    const rows = await expectOneToOneInReadingOrder(documentId);
    expect(rows.map((r) => r.fr[0].id)).toEqual(french);
    expect(new Set(rows.map((r) => r.method))).toEqual(new Set(["translate"]));
    // Every DeepL output is kept as evidence for the aligner (the credit had none).
    const machine = await temp.db.machineTranslation.findMany({ orderBy: { sourceParagraphId: "asc" } });
    expect(machine.map((m) => [m.sourceParagraphId, m.engine, m.targetLang, m.text])).toEqual(
      french.slice(0, 5).map((id, i) => [id, "deepl", "en-GB", english[i].text]),
    );
  });

  it("creates the DeepL glossary once, reuses it while the entries are unchanged, and replaces it when they change", async () => {
    await saveGlossary(temp.db);
    await createFrenchDocument(temp.db);
    await createFrenchDocument(temp.db, "second", "Un autre titre", ["Vladimir Poutine a reçu M. Choïgou à Moscou."]);
    const created = () => server.requests.filter((r) => r.method === "POST" && r.path === "/v2/glossaries");

    const first = await translate();
    expect(first.glossary).toMatchObject({ outcome: "created" });
    expect(created()).toHaveLength(1);
    const sent = created()[0].params;
    expect(sent.get("source_lang")).toBe("fr");
    expect(sent.get("target_lang")).toBe("en");
    expect(sent.get("entries_format")).toBe("tsv");
    // Canonical forms and unambiguous French variants; no English variants.
    expect(sent.get("entries")!.split("\n").sort()).toEqual(
      ["Choïgou\tSergei Shoigu", "Choïgu\tSergei Shoigu", "Corée du Nord\tNorth Korea", "Kim Jong Un\tKim Jong Un", "Kim Jong-Un\tKim Jong Un", "Moscou\tMoscow", "Sergueï Choïgou\tSergei Shoigu"].sort(),
    );
    const [glossaryId] = server.glossaries.keys();

    const second = await translate({ slugs: ["second"] });
    expect(second.glossary).toMatchObject({ outcome: "reused", glossaryId });
    expect(created()).toHaveLength(1);
    expect(server.translateRequests().at(-1)!.params.get("glossary_id")).toBe(glossaryId);

    // A new entry: a new glossary, the old one deleted on DeepL and forgotten here.
    await saveGlossary(temp.db, [...GLOSSARY, { kind: "person", fr: "Vladimir Poutine", en: "Vladimir Putin", note: null, variants: { fr: ["Poutine"], en: [] } }]);
    await createFrenchDocument(temp.db, "third", "Troisième", ["Poutine et Choïgou."]);
    const third = await translate({ slugs: ["third"] });
    expect(third.glossary).toMatchObject({ outcome: "created" });
    expect(created()).toHaveLength(2);
    expect(server.glossaries.has(glossaryId)).toBe(false);
    expect(await temp.db.deeplGlossary.findMany()).toEqual([expect.objectContaining({ deeplId: third.glossary!.glossaryId })]);
    const english = await temp.db.targetParagraph.findMany({ where: { document: { slug: "third" } }, orderBy: { position: "asc" } });
    expect(english[1].text).toBe("[EN-GB] Vladimir Putin et Sergei Shoigu.");
  });

  it("recreates a glossary DeepL no longer has", async () => {
    await saveGlossary(temp.db);
    await createFrenchDocument(temp.db);
    await createFrenchDocument(temp.db, "second", "Un autre titre", ["Choïgou."]);
    await translate();
    server.glossaries.clear();
    const report = await translate({ slugs: ["second"] });
    expect(report.glossary).toMatchObject({ outcome: "created" });
    expect(await temp.db.deeplGlossary.count()).toBe(1);
  });

  it("retries a 429 with backoff, then stores the answer", async () => {
    const { documentId } = await createFrenchDocument(temp.db);
    server.failNext(429);
    const started = Date.now();
    const report = await translate();
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(server.translateRequests().map((r) => r.status)).toEqual([429, 200]);
    expect(report.documents[0]).toMatchObject({ fromDeepl: 5, copied: 1 });
    expect(await temp.db.targetParagraph.count({ where: { documentId } })).toBe(6);
  });

  it("gives up on a 429 that lasts, with one line", async () => {
    await createFrenchDocument(temp.db);
    server.failNext(429, 429, 429);
    const error = await translate({ provider: provider({ maxAttempts: 2 }) }).catch((e: unknown) => e);
    expect((error as TranslateStoppedError).failure.kind).toBe("rate");
    expect((error as Error).message).toBe("DeepL still answered 429 Too Many Requests after 2 attempts: try again later; nothing was translated");
    expect(server.translateRequests().map((r) => r.status)).toEqual([429, 429]);
  });

  it("stops on 456 with what came before stored, and a re-run sends only the rest", async () => {
    await saveGlossary(temp.db);
    const { documentId } = await createFrenchDocument(temp.db);
    const limits = { maxTexts: 2, maxBytes: 128 * 1024 };
    // Room for the first two batches only.
    const texts = SENT_TEXTS;
    server.characterLimit = texts.slice(0, 4).join("").length;

    const error = await translate({ batchLimits: limits }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranslateStoppedError);
    expect((error as TranslateStoppedError).failure.kind).toBe("quota");
    expect((error as Error).message).toBe(
      "DeepL: the character quota of this billing period is used up (HTTP 456); the 4 paragraphs translated before it are stored; run again to continue",
    );
    // 456 is not retried.
    expect(server.translateRequests().map((r) => r.status)).toEqual([200, 200, 456]);
    // The credit waits until DeepL is done with the document.
    expect(await temp.db.targetParagraph.count({ where: { documentId } })).toBe(4);
    expect(await temp.db.machineTranslation.count()).toBe(4);

    server.characterLimit = 500_000;
    const again = await translate({ batchLimits: limits });
    expect(again.documents[0]).toMatchObject({ fromDeepl: 1, copied: 1 });
    expect(server.translatedTexts()).toEqual(texts);
    expect(again.glossary).toMatchObject({ outcome: "reused" });
    await expectOneToOneInReadingOrder(documentId);

    // Nothing left: a third run sends nothing at all.
    const before = server.translateRequests().length;
    const third = await translate();
    expect(server.translateRequests()).toHaveLength(before);
    expect(third.documents[0]).toMatchObject({ fromDeepl: 0, fromMemory: 0, copied: 0, toSend: 0 });
  });

  it("stops on 403 with one line and writes nothing", async () => {
    await saveGlossary(temp.db);
    await createFrenchDocument(temp.db);
    const before = await snapshotDatabase(temp.db);
    const error = await translate({ provider: provider({ authKey: "wrong-key" }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranslateStoppedError);
    expect((error as TranslateStoppedError).failure.kind).toBe("auth");
    expect((error as Error).message).toBe("DeepL refused the key (HTTP 403): check DEEPL_AUTH_KEY (and DEEPL_SERVER_URL); nothing was translated");
    expect(server.requests.map((r) => r.status)).toEqual([403]);
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("ends a hung request with a timeout error instead of hanging", async () => {
    const { documentId } = await createFrenchDocument(temp.db);
    server.hang = true;
    const started = Date.now();
    const error = await translate({ provider: provider({ timeoutMs: 300, maxAttempts: 2 }) }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(TranslateStoppedError);
    expect((error as TranslateStoppedError).failure.kind).toBe("timeout");
    expect((error as Error).message).toMatch(/^DeepL did not answer \(2 attempts, each given at least 0.3 s\)/);
    expect(server.translateRequests()).toHaveLength(2);
    expect(await temp.db.targetParagraph.count({ where: { documentId } })).toBe(0);
  });

  it("says so in one line when the server cannot be reached", async () => {
    await createFrenchDocument(temp.db);
    const url = server.url;
    await server.stop();
    const error = await translate({ provider: new DeeplProvider({ authKey: "k", serverUrl: url, timeoutMs: 500, maxAttempts: 2 }) }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^cannot reach DeepL: connect ECONNREFUSED 127\.0\.0\.1:\d+; nothing was translated$/);
    server = await FakeDeeplServer.start();
  });

  it("counts characters in a dry run without a key, the quota unknown", async () => {
    await createFrenchDocument(temp.db);
    const report = await translate({ dryRun: true, provider: null });
    expect(report.documents[0].toSend).toBe(5);
    expect(report.usage).toBeNull();
  });

  it("prints a dry run's characters and quota and writes nothing", async () => {
    await saveGlossary(temp.db);
    await createFrenchDocument(temp.db);
    server.characterCount = 1000;
    server.characterLimit = 500_000;
    const before = await snapshotDatabase(temp.db);
    const report = await translate({ dryRun: true });
    expect(report.documents[0]).toMatchObject({ toSend: 5, characters: SENT_TEXTS.join("").length });
    expect(report.usage).toEqual({ used: 1000, limit: 500_000 });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v2/usage"]);
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });
});

describe("translate from the memory", () => {
  it("applies exact matches (normalized), only suggests near matches, and sends the rest to DeepL", async () => {
    const { documentId, french } = await createFrenchDocument(temp.db);
    // Same French once normalized (typographic apostrophe, extra spaces).
    const exact = await addToMemory(temp.db, { sourceText: "Il a été reçu par  Kim Jong Un, selon l’agence officielle KCNA.", targetText: "He was received by Kim Jong Un, according to the official KCNA agency." });
    // One word differs: a near match.
    const near = await addToMemory(temp.db, { sourceText: "Moscou et Pyongyang ont signé l'an dernier un traité de défense commune.", targetText: "Moscow and Pyongyang signed a common defence treaty last year." });

    const report = await translate();
    expect(report.documents[0]).toMatchObject({ fromMemory: 1, fromDeepl: 4, copied: 1 });
    expect(server.translatedTexts()).not.toContain(ARTICLE.paragraphs[1]);
    expect(server.translatedTexts()).toContain(ARTICLE.paragraphs[3]);
    expect(report.documents[0].suggestions).toEqual([
      { paragraph: expect.objectContaining({ id: french[4] }), matches: [{ unit: expect.objectContaining({ id: near.id }), score: expect.any(Number) }] },
    ]);
    expect(report.documents[0].suggestions[0].matches[0].score).toBeGreaterThanOrEqual(0.75);

    const english = await englishOf(documentId);
    expect(english[2]).toMatchObject({ text: exact.targetText, origin: "memory", status: "machine" });
    expect(english[2].revisions[0]).toMatchObject({ origin: "memory", note: `translation memory #${exact.id}` });
    expect(english[4]).toMatchObject({ origin: "deepl" });
    expect(await temp.db.memoryUnit.findUniqueOrThrow({ where: { id: exact.id } })).toMatchObject({ useCount: 1 });
    expect(await temp.db.memoryUnit.findUniqueOrThrow({ where: { id: near.id } })).toMatchObject({ useCount: 0 });
    await expectOneToOneInReadingOrder(documentId);
  });

  it("without a key: refuses with one line and touches nothing when DeepL is needed", async () => {
    await createFrenchDocument(temp.db);
    await addToMemory(temp.db, { sourceText: ARTICLE.paragraphs[0], targetText: "The secretary arrived." });
    const before = await snapshotDatabase(temp.db);
    await expect(translate({ provider: null })).rejects.toThrow(
      "DEEPL_AUTH_KEY is not set: set it to a DeepL API key to translate 4 paragraphs (nothing was changed)",
    );
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("without a key: goes ahead when the memory covers everything", async () => {
    const { documentId } = await createFrenchDocument(temp.db, "short", "Titre court", ["Un seul paragraphe."]);
    await addToMemory(temp.db, { sourceText: "Titre court", targetText: "Short title" });
    await addToMemory(temp.db, { sourceText: "Un seul paragraphe.", targetText: "A single paragraph." });
    const report = await translateDocuments(temp.db, { slugs: ["short"], provider: null });
    expect(report.documents[0].fromMemory).toBe(2);
    expect((await englishOf(documentId)).map((p) => [p.text, p.origin])).toEqual([
      ["Short title", "memory"],
      ["A single paragraph.", "memory"],
    ]);
  });
});

describe("credit lines", () => {
  it("are copied unchanged without a key or a request, in reading order, and not copied twice", async () => {
    const { documentId, french } = await createFrenchDocument(temp.db, "credits", "Titre court", ["AFP/Archives", "Jung Yeon-je/AFP", "Un paragraphe."]);
    // Typed as a credit at import, whatever its shape.
    await temp.db.sourceParagraph.update({ where: { id: french[2] }, data: { kind: "credit" } });
    await addToMemory(temp.db, { sourceText: "Titre court", targetText: "Short title" });
    await addToMemory(temp.db, { sourceText: "Un paragraphe.", targetText: "A paragraph." });
    const before = server.requests.length;

    const report = await translateDocuments(temp.db, { slugs: ["credits"], provider: null });
    expect(report.documents[0]).toMatchObject({ fromMemory: 2, copied: 2, fromDeepl: 0, toSend: 0 });
    expect(server.requests).toHaveLength(before);
    expect((await englishOf(documentId)).map((p) => [p.text, p.origin, p.status])).toEqual([
      ["Short title", "memory", "machine"],
      ["AFP/Archives", "imported", "machine"],
      ["Jung Yeon-je/AFP", "imported", "machine"],
      ["A paragraph.", "memory", "machine"],
    ]);
    expect(await temp.db.machineTranslation.count()).toBe(0);
    await expectOneToOneInReadingOrder(documentId);

    const again = await translateDocuments(temp.db, { slugs: ["credits"], provider: null });
    expect(again.documents[0]).toMatchObject({ fromMemory: 0, copied: 0 });
  });

  it("a dry run counts neither their paragraphs nor their characters", async () => {
    await createFrenchDocument(temp.db, "credits", "Titre", ["POOL/AFP/Archives", "KCNA VIA KNS/AFP", "Texte signé AFP."]);
    const report = await translateDocuments(temp.db, { slugs: ["credits"], provider: null, dryRun: true });
    expect(report.documents[0]).toMatchObject({ toSend: 2, characters: "TitreTexte signé AFP.".length });
  });
});

describe("placing new English in an aligned document", () => {
  it("fills a 1-0 link in place and links a loose French paragraph where reading order puts it", async () => {
    const { documentId, french } = await createFrenchDocument(temp.db);
    // Title, P0 and P2 have English; P1 sits in a 1-0 link; P3 is in no link; P4 has English.
    const english = await addEnglish(temp.db, documentId, ["Shoigu meets Kim", "Shoigu arrived.", "Second visit.", "AFP credit"]);
    const l0 = await link(temp.db, documentId, 0, [french[0]], [english[0]]);
    const l1 = await link(temp.db, documentId, 1, [french[1]], [english[1]]);
    const oneZero = await link(temp.db, documentId, 2, [french[2]], [], true);
    const l3 = await link(temp.db, documentId, 3, [french[3]], [english[2]]);
    const l5 = await link(temp.db, documentId, 4, [french[5]], [english[3]]);

    const report = await translate();
    expect(report.documents[0].fromDeepl).toBe(2);
    expect(server.translatedTexts()).toEqual([ARTICLE.paragraphs[1], ARTICLE.paragraphs[3]]);

    const rows = await expectOneToOneInReadingOrder(documentId);
    expect(rows.map((r) => r.fr[0].id)).toEqual(french);
    expect(rows.map((r) => r.en[0].text)).toEqual([
      "Shoigu meets Kim",
      "Shoigu arrived.",
      `[EN-GB] ${ARTICLE.paragraphs[1]}`,
      "Second visit.",
      `[EN-GB] ${ARTICLE.paragraphs[3]}`,
      "AFP credit",
    ]);
    expect(rows[2]).toMatchObject({ linkId: oneZero, method: "translate", locked: true });
    expect(rows.map((r) => r.linkId)).toEqual([l0, l1, oneZero, l3, expect.any(Number), l5]);
    expect(rows[4].method).toBe("translate");
  });

  it("dissolves an n-0 link into 1-1 links", async () => {
    const { documentId, french } = await createFrenchDocument(temp.db);
    const english = await addEnglish(temp.db, documentId, ["Title", "P0", "P3", "P4"]);
    await link(temp.db, documentId, 0, [french[0]], [english[0]]);
    await link(temp.db, documentId, 1, [french[1]], [english[1]]);
    await link(temp.db, documentId, 2, [french[2], french[3]], []);
    await link(temp.db, documentId, 3, [french[4]], [english[2]]);
    await link(temp.db, documentId, 4, [french[5]], [english[3]]);
    await translate();
    const rows = await expectOneToOneInReadingOrder(documentId);
    expect(rows.map((r) => r.fr[0].id)).toEqual(french);
  });

  it("skips a document whose English is not aligned yet", async () => {
    const { documentId } = await createFrenchDocument(temp.db);
    await addEnglish(temp.db, documentId, ["Unaligned English"]);
    const before = await snapshotDatabase(temp.db);
    const report = await translate();
    expect(report.documents[0].skipped).toMatchObject({ code: "notAligned", message: "English paragraphs not aligned yet" });
    expect(server.translateRequests()).toHaveLength(0);
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });
});
