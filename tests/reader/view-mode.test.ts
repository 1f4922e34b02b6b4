import { DEFAULT_VIEW_MODE, parseViewMode, PHONE_VIEW_MODES, shownViewMode, VIEW_MODES } from "../../lib/reader/view-mode";

describe("parseViewMode", () => {
  it("accepts the five modes and falls back to side by side for anything else", () => {
    for (const mode of VIEW_MODES) expect(parseViewMode(mode)).toBe(mode);
    for (const junk of [undefined, null, "", "SIDE", "fr;", "<b>"]) expect(parseViewMode(junk)).toBe(DEFAULT_VIEW_MODE);
    expect(DEFAULT_VIEW_MODE).toBe("side");
  });
});

describe("shownViewMode", () => {
  it("shows every mode as chosen on a wide screen, and alternating as side by side on a phone", () => {
    for (const mode of VIEW_MODES) expect(shownViewMode(mode, false)).toBe(mode);
    expect(VIEW_MODES.map((m) => shownViewMode(m, true))).toEqual(["side", "fr", "en", "side", "learn"]);
    expect(PHONE_VIEW_MODES).toEqual(["side", "fr", "en", "learn"]);
  });
});
