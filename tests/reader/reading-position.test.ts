import { nextPosition, parsePosition, readingKey, readPercent, rowToRestore } from "../../lib/reader/reading-position";

describe("reading position", () => {
  it("parses what it stores, and nothing else", () => {
    const position = nextPosition(null, 12, 20, 100);
    expect(parsePosition(JSON.stringify(position))).toEqual({ row: 12, furthest: 20, rows: 100 });
    for (const junk of [null, undefined, "", "{", "null", "[]", '{"row":0,"furthest":1,"rows":2}', '{"row":"3","furthest":4,"rows":5}', '{"row":1.5,"furthest":2,"rows":3}']) {
      expect(parsePosition(junk)).toBeNull();
    }
    expect(readingKey("a-b")).toBe("vav:reading:a-b");
  });

  it("keeps the furthest row seen when the reader scrolls back up, within the document", () => {
    let position = nextPosition(null, 40, 55, 100);
    position = nextPosition(position, 10, 25, 100);
    expect(position).toEqual({ row: 10, furthest: 55, rows: 100 });
    expect(nextPosition(position, 500, 600, 100)).toEqual({ row: 100, furthest: 100, rows: 100 });
    expect(nextPosition(null, 0, 0, 0)).toEqual({ row: 1, furthest: 1, rows: 1 });
  });

  it("gives how far the document has been read in whole percent", () => {
    expect(readPercent({ row: 1, furthest: 1, rows: 3 })).toBe(33);
    expect(readPercent({ row: 10, furthest: 55, rows: 100 })).toBe(55);
    expect(readPercent({ row: 90, furthest: 200, rows: 100 })).toBe(100);
  });

  it("restores the row only on the document's plain address, and only a row it still has", () => {
    const position = { row: 42, furthest: 60, rows: 100 };
    expect(rowToRestore(position, { hash: "", search: "" }, 100)).toBe(42);
    expect(rowToRestore(position, { hash: "#row-3", search: "" }, 100)).toBeNull();
    expect(rowToRestore(position, { hash: "", search: "?from=201" }, 100)).toBeNull();
    expect(rowToRestore(position, { hash: "", search: "?find=x" }, 100)).toBeNull();
    expect(rowToRestore(position, { hash: "", search: "" }, 30)).toBeNull();
    expect(rowToRestore({ ...position, row: 1 }, { hash: "", search: "" }, 100)).toBeNull();
    expect(rowToRestore(null, { hash: "", search: "" }, 100)).toBeNull();
  });
});
