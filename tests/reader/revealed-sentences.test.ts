import { MAX_REVEALED, parseRevealed, revealedKey, sentenceKey, serializeRevealed, withRevealed } from "../../lib/reader/revealed-sentences";

describe("revealed sentences", () => {
  it("names a sentence by its paragraph and rank, and a document's set by its slug", () => {
    expect(sentenceKey(412, 3)).toBe("412.3");
    expect(revealedKey("kim")).toBe("vav:revealed:kim");
  });

  it("reads back what it stores, and ignores anything else", () => {
    const set = withRevealed(new Set(), ["1.0", "2.1"], true);
    expect(parseRevealed(serializeRevealed(set))).toEqual(new Set(["1.0", "2.1"]));
    for (const junk of [null, undefined, "", "{", "{}", '"1.0"']) expect(parseRevealed(junk)).toEqual(new Set());
    expect(parseRevealed('["1.0", 3, "x.1", "<b>", "4.2"]')).toEqual(new Set(["1.0", "4.2"]));
  });

  it("adds and removes sentences, keeping only the latest when there are too many", () => {
    let set = withRevealed(new Set(), ["1.0", "1.1", "1.2"], true);
    set = withRevealed(set, ["1.1"], false);
    expect([...set]).toEqual(["1.0", "1.2"]);
    set = withRevealed(set, ["1.0"], true);
    expect([...set]).toEqual(["1.2", "1.0"]);
    const many = withRevealed(new Set(), Array.from({ length: MAX_REVEALED + 10 }, (_, i) => `7.${i}`), true);
    const kept = parseRevealed(serializeRevealed(many));
    expect(kept.size).toBe(MAX_REVEALED);
    expect(kept.has("7.0")).toBe(false);
    expect(kept.has(`7.${MAX_REVEALED + 9}`)).toBe(true);
  });
});
