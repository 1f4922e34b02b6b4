import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { listEntries } from "../../lib/glossary/entries";
import type { Actor } from "../../lib/auth/actor";
import { performGlossaryWrite, type GlossaryWrite } from "../../lib/glossary/write-actions";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { backgroundRefresh, refreshStaleFlags } from "../../lib/glossary/stored-flags";

let temp: TempDb;
const allow = async (): Promise<Actor> => ({ kind: "local" });
const refuse = async () => {
  throw new Error("Editing is closed");
};
/** The result, its error as the message lib gives it (the page phrases it: app/server/user-error-text.ts). */
const write = async (input: GlossaryWrite) => {
  const result = await performGlossaryWrite(temp.db, input, allow);
  return result.ok ? result : { ok: false as const, error: result.error.message };
};

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
});
afterAll(() => temp.close());

describe("glossary page writes", () => {
  it("refuses every write without permission, before reading or writing anything", async () => {
    const before = await snapshotDatabase(temp.db);
    const entry = await temp.db.glossaryEntry.findFirstOrThrow();
    const writes: GlossaryWrite[] = [
      { action: "createEntry", kind: "place", fr: "Turin", en: "Turin" },
      { action: "updateEntry", id: entry.id, kind: "other", fr: entry.fr, en: "X" },
      { action: "deleteEntry", id: entry.id },
      { action: "addVariant", entryId: entry.id, lang: "en", text: "Y" },
      { action: "deleteVariant", variantId: 1 },
      { action: "acceptCandidate", id: 1, en: "Z" },
      { action: "rejectCandidate", id: 1 },
      { action: "importFile", name: "g.csv", content: "kind,fr,en\nplace,Naples,Naples\n" },
      { action: "extractCandidates" },
    ];
    for (const w of writes) await expect(performGlossaryWrite(temp.db, w, refuse)).rejects.toThrow("Editing is closed");
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("adds, edits and deletes entries and variants, naming the field on bad input", async () => {
    expect(await write({ action: "createEntry", kind: "place", fr: " ", en: "Turin" })).toEqual({ ok: false, error: "fr: must not be empty" });
    expect(await write({ action: "createEntry", kind: "city", fr: "Turin", en: "Turin" })).toMatchObject({ ok: false, error: expect.stringMatching(/^kind: /) });
    expect(await write({ action: "createEntry", kind: "place", fr: "Koursk", en: "Kursk" })).toEqual({ ok: false, error: 'fr "Koursk": already in the glossary' });
    expect(await write({ action: "createEntry", kind: "place", fr: "Turin", en: "Turin", variantsFr: "Torino | Turin", note: "" })).toMatchObject({ ok: true });
    const rome = await temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Turin" }, include: { variants: true } });
    expect(rome.variants.map((v) => [v.lang, v.text])).toEqual([["fr", "Torino"]]);

    expect(await write({ action: "updateEntry", id: "abc", kind: "place", fr: "Turin", en: "Turin" })).toEqual({ ok: false, error: "id: must be a number" });
    expect(await write({ action: "updateEntry", id: 999999, kind: "place", fr: "Turin", en: "Turin" })).toEqual({ ok: false, error: "entry 999999: no such glossary entry" });
    expect(await write({ action: "updateEntry", id: rome.id, kind: "place", fr: "Turin", en: "Turin (Italy)", note: "City in Piedmont.", noteFr: "Ville du Piémont." })).toMatchObject({ ok: true });
    expect(await write({ action: "addVariant", entryId: rome.id, lang: "de", text: "Rom" })).toEqual({ ok: false, error: "lang: must be fr or en" });
    expect(await write({ action: "addVariant", entryId: rome.id, lang: "en", text: "Turin" })).toMatchObject({ ok: true });
    expect(await write({ action: "addVariant", entryId: rome.id, lang: "en", text: "Turin" })).toEqual({ ok: false, error: 'variant "Turin": already a form of this entry' });
    const [item] = await listEntries(temp.db, { q: "torino" });
    expect(item).toMatchObject({ fr: "Turin", en: "Turin (Italy)", note: "City in Piedmont.", noteFr: "Ville du Piémont.", variants: { fr: ["Torino"], en: ["Turin"] } });
    const variant = item.variantRows.find((v) => v.lang === "en")!;
    expect(await write({ action: "deleteVariant", variantId: variant.id })).toMatchObject({ ok: true });
    expect(await write({ action: "deleteVariant", variantId: variant.id })).toEqual({ ok: false, error: `variant ${variant.id}: no such variant` });
    expect(await write({ action: "deleteEntry", id: rome.id })).toMatchObject({ ok: true });
    expect(await temp.db.glossaryVariant.count({ where: { entryId: rome.id } })).toBe(0);
  });

  it("lists entries filtered by kind and search, with the documents they occur in", async () => {
    // "Occurs in" comes from the stored checks of each document.
    await refreshStaleFlags(temp.db);
    const places = await listEntries(temp.db, { kind: "place" });
    expect(places.every((e) => e.kind === "place")).toBe(true);
    const [shoigu] = await listEntries(temp.db, { q: "shoigu" });
    expect(shoigu.fr).toBe("Sergueï Choïgou");
    expect(shoigu.documents.map((d) => d.slug).sort()).toEqual(["choigou-rencontre-kim-pyongyang", "kim-soutien-inconditionnel-russie"]);
    expect(shoigu.documents.every((d) => d.count > 0)).toBe(true);
  });

  it("accepts a candidate with an edited English form, and rejects another", async () => {
    const a = await temp.db.glossaryCandidate.create({ data: { fr: "Anna Rossi", kind: "person", variants: ["Rossi"], en: null, documents: [], occurrences: 1 } });
    const b = await temp.db.glossaryCandidate.create({ data: { fr: "Corriere", kind: "other", variants: [], en: "Corriere", documents: [], occurrences: 1 } });
    expect(await write({ action: "acceptCandidate", id: a.id, en: "" })).toEqual({ ok: false, error: "en: must not be empty" });
    expect(await write({ action: "acceptCandidate", id: a.id, en: "Anna Rossi", kind: "person" })).toMatchObject({ ok: true });
    const entry = await temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Anna Rossi" }, include: { variants: true } });
    expect([entry.en, entry.variants.map((v) => v.text)]).toEqual(["Anna Rossi", ["Rossi"]]);
    expect(await write({ action: "acceptCandidate", id: a.id, en: "X" })).toEqual({ ok: false, error: `candidate ${a.id}: already accepted` });
    expect(await write({ action: "rejectCandidate", id: b.id })).toMatchObject({ ok: true });
    expect((await temp.db.glossaryCandidate.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("rejected");
    expect(await temp.db.glossaryEntry.count({ where: { fr: "Corriere" } })).toBe(0);
  });

  it("imports an uploaded file, or nothing of a bad one", async () => {
    expect(await write({ action: "importFile", name: "g.pdf", content: "x" })).toEqual({ ok: false, error: "g.pdf: unknown extension (expected .csv or .tbx)" });
    // Earlier writes re-check documents in the background: settled first, so that only this write could change anything.
    await backgroundRefresh();
    const before = await snapshotDatabase(temp.db);
    expect(await write({ action: "importFile", name: "g.csv", content: "kind,fr,en\nplace,Naples,Naples\nplace,Milan,\n" })).toEqual({
      ok: false,
      error: "g.csv: line 3: en: must not be empty",
    });
    expect(await snapshotDatabase(temp.db)).toEqual(before);
    expect(await write({ action: "importFile", name: "g.csv", content: "kind,fr,en\nplace,Naples,Naples\nplace,Milan,Milan\n" })).toMatchObject({ ok: true, detail: { kind: "imported", created: 2, updated: 0, unchanged: 0 } });
  });

  it("creates an entry with a note in each language; an empty one is no note", async () => {
    expect(await write({ action: "createEntry", kind: "place", fr: "Gênes", en: "Genoa", note: "Port city in Liguria.", noteFr: " " })).toMatchObject({ ok: true });
    expect(await temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Gênes" } })).toMatchObject({ note: "Port city in Liguria.", noteFr: null });
    expect(await write({ action: "createEntry", kind: "place", fr: "Bari", en: "Bari", noteFr: "x".repeat(501) })).toMatchObject({ ok: false, error: expect.stringMatching(/^noteFr: /) });
  });

  it("runs extraction from the page and says what it found, most frequent first", async () => {
    // A name the sample glossary lacks, twice in one paragraph of the Kim article.
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "kim-soutien-inconditionnel-russie" } });
    const paragraph = await temp.db.sourceParagraph.findFirstOrThrow({ where: { documentId: doc.id, kind: "body" }, orderBy: { position: "asc" } });
    await temp.db.sourceParagraph.update({ where: { id: paragraph.id }, data: { text: `${paragraph.text} Selon Giulia Bellini, citée par Il Giornale, Giulia Bellini doute.` } });
    const answer = await write({ action: "extractCandidates" });
    expect(answer).toMatchObject({ ok: true, detail: { kind: "extracted" } });
    const detail = answer.ok && answer.detail?.kind === "extracted" ? answer.detail : null;
    expect(detail!.names).toContain("Giulia Bellini");
    expect(detail!.pending).toBe(detail!.names.length);
    expect(detail!.pending).toBe(await temp.db.glossaryCandidate.count({ where: { status: "pending" } }));
    const stored = await temp.db.glossaryCandidate.findMany({ where: { fr: { in: detail!.names } } });
    const occurrences = detail!.names.map((fr) => stored.find((c) => c.fr === fr)!.occurrences);
    expect(occurrences).toEqual([...occurrences].sort((a, b) => b - a));
  });
});
