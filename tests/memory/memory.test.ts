import { UserError } from "../../lib/errors";
import { addToMemory, findExactMatch, findExactMatches, memoryKey, NearMatcher, recordMemoryUse } from "../../lib/memory/memory";
import { editDistance, similarity } from "../../lib/memory/similarity";
import { hashText } from "../../lib/text/normalize";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let temp: TempDb;
beforeEach(async () => {
  temp = await createTempDb();
});
afterEach(async () => {
  await temp.close();
});

const FR = "Le dirigeant nord-coréen Kim Jong Un a promis un soutien inconditionnel à Moscou.";
const EN = "North Korean leader Kim Jong Un pledged unconditional support to Moscow.";

describe("translation memory", () => {
  it("keys a pair on the normalized French, the same hash as SourceParagraph.hash", async () => {
    const unit = await addToMemory(temp.db, { sourceText: `  ${FR} `, targetText: EN });
    expect(memoryKey(FR)).toBe(hashText(FR));
    expect(await temp.db.memoryUnit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({
      sourceKey: hashText(FR),
      sourceText: FR,
      targetText: EN,
      sourceLang: "fr",
      targetLang: "en",
      useCount: 0,
    });
  });

  it("adds the same pair once, and a different English as a second unit", async () => {
    const first = await addToMemory(temp.db, { sourceText: FR, targetText: EN });
    const again = await addToMemory(temp.db, { sourceText: FR, targetText: EN });
    expect(again.id).toBe(first.id);
    const other = await addToMemory(temp.db, { sourceText: FR, targetText: "Kim Jong Un promised Moscow unconditional support." });
    expect(other.id).not.toBe(first.id);
    expect(await temp.db.memoryUnit.count()).toBe(2);
    // The most used wins an exact lookup.
    await recordMemoryUse(temp.db, [first.id]);
    expect((await findExactMatch(temp.db, FR, "en-GB"))?.id).toBe(first.id);
  });

  it("works inside a caller's transaction", async () => {
    await temp.db.$transaction(async (tx) => {
      await addToMemory(tx, { sourceText: FR, targetText: EN, documentId: null });
    });
    expect(await temp.db.memoryUnit.count()).toBe(1);
  });

  it("refuses an empty text", async () => {
    await expect(addToMemory(temp.db, { sourceText: " ", targetText: EN })).rejects.toBeInstanceOf(UserError);
  });

  it("matches exactly through typography and spacing, not through other words", async () => {
    await addToMemory(temp.db, { sourceText: "L'Otan s'inquiète.", targetText: "NATO is worried." });
    expect(await findExactMatch(temp.db, "L’Otan  s’inquiète.", "en-GB")).toMatchObject({ targetText: "NATO is worried." });
    expect(await findExactMatch(temp.db, "L'Otan s'inquiète encore.", "en-GB")).toBeNull();
    const found = await findExactMatches(temp.db, ["L’Otan s’inquiète.", "Autre chose."], "en-US");
    expect([...found.keys()]).toEqual([hashText("L'Otan s'inquiète.")]);
  });

  it("serves a unit written for plain English to every variant, a variant's only to it", async () => {
    await addToMemory(temp.db, { sourceText: "Le centre-ville.", targetText: "The downtown.", targetLang: "en-US" });
    expect(await findExactMatch(temp.db, "Le centre-ville.", "en-GB")).toBeNull();
    expect(await findExactMatch(temp.db, "Le centre-ville.", "en-US")).not.toBeNull();
  });

  it("suggests near matches above the threshold, best first, and never the exact one", async () => {
    const exact = await addToMemory(temp.db, { sourceText: FR, targetText: EN });
    const oneWord = await addToMemory(temp.db, { sourceText: FR.replace("Moscou", "la Russie"), targetText: "… to Russia." });
    await addToMemory(temp.db, { sourceText: "Un tout autre paragraphe sur la météo à Séoul.", targetText: "Weather." });
    const matcher = await NearMatcher.load(temp.db, "en-GB");
    const matches = matcher.find(FR.replace("promis", "promis jeudi"));
    expect(matches.map((m) => m.unit.id)).toEqual([exact.id, oneWord.id]);
    expect(matches[0].score).toBeGreaterThan(matches[1].score);
    expect(matches.every((m) => m.score >= 0.75)).toBe(true);
    expect(matcher.find(FR).map((m) => m.unit.id)).toEqual([oneWord.id]);
    expect((await NearMatcher.load(temp.db, "en-GB", 0.99)).find(FR)).toEqual([]);
  });
});

describe("similarity", () => {
  it("is one minus the word edit distance over the longer length", () => {
    expect(editDistance(["a", "b", "c"], ["a", "x", "c", "d"])).toBe(2);
    expect(similarity(["a", "b", "c", "d"], ["a", "b", "c", "e"])).toBe(0.75);
    expect(similarity([], [])).toBe(1);
    expect(similarity(["a"], [])).toBe(0);
  });
});
