import type { GlossaryTerm } from "../../lib/glossary/matcher";
import { GlossaryIndex, readerGlossary } from "../../lib/reader/glossary-index";
import { glossaryVersion } from "../../lib/db/versions";
import { createTempDb, type TempDb } from "../helpers/temp-db";

const shoigu: GlossaryTerm = { id: 1, kind: "person", fr: "Sergueï Choïgou", en: "Sergei Shoigu", note: "x", variants: { fr: ["Choïgou"], en: ["Shoigu"] } };
const otan: GlossaryTerm = { id: 2, kind: "organization", fr: "Otan", en: "NATO", note: null, variants: { fr: [], en: [] } };

describe("GlossaryIndex", () => {
  it("finds what GlossaryMatcher finds, in each language, and remembers it", () => {
    const index = new GlossaryIndex([shoigu, otan]);
    const first = index.find("fr", "Choïgou et l'Otan");
    expect(first.map((m) => [m.start, m.end, m.entryId])).toEqual([[0, 7, 1], [13, 17, 2]]);
    expect(index.find("fr", "Choïgou et l'Otan")).toBe(first);
    expect(index.find("en", "Shoigu and NATO").map((m) => m.entryId)).toEqual([1, 2]);
  });

  it("forgets the oldest texts beyond its limit", () => {
    const index = new GlossaryIndex([shoigu], 2);
    const a = index.find("fr", "Choïgou a");
    index.find("fr", "Choïgou b");
    index.find("fr", "Choïgou c");
    expect(index.find("fr", "Choïgou a")).not.toBe(a);
  });
});

describe("readerGlossary", () => {
  let temp: TempDb;
  beforeAll(async () => {
    temp = await createTempDb();
  });
  afterAll(async () => temp?.close());

  it("is loaded once per glossary version, and afresh after any change to an entry or variant", async () => {
    const entry = await temp.db.glossaryEntry.create({ data: { kind: "person", fr: "Sergueï Choïgou", en: "Sergei Shoigu" } });
    const one = await readerGlossary(temp.db, await glossaryVersion(temp.db));
    expect(await readerGlossary(temp.db, await glossaryVersion(temp.db))).toBe(one);
    expect(one.index.find("fr", "Choïgu")).toEqual([]);
    // A variant added by any writer moves the version (a trigger): the next read sees it.
    await temp.db.glossaryVariant.create({ data: { entryId: entry.id, lang: "fr", text: "Choïgu" } });
    const changed = await readerGlossary(temp.db, await glossaryVersion(temp.db));
    expect(changed).not.toBe(one);
    expect(changed.index.find("fr", "Choïgu").map((m) => m.entryId)).toEqual([entry.id]);
  });
});
