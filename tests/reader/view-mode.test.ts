import { DEFAULT_VIEW_MODE, parseViewMode, VIEW_MODES } from "../../lib/reader/view-mode";

describe("parseViewMode", () => {
  it("accepts the four modes and falls back to side by side for anything else", () => {
    for (const mode of VIEW_MODES) expect(parseViewMode(mode)).toBe(mode);
    for (const junk of [undefined, null, "", "SIDE", "fr;", "<b>"]) expect(parseViewMode(junk)).toBe(DEFAULT_VIEW_MODE);
    expect(DEFAULT_VIEW_MODE).toBe("side");
  });
});
