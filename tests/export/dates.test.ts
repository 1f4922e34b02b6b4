import { tmxDate } from "../../lib/export/dates";

describe("TMX dates", () => {
  it("are YYYYMMDDThhmmssZ in UTC", () => {
    expect(tmxDate(new Date("2026-03-01T09:05:07.123+02:00"))).toBe("20260301T070507Z");
    expect(tmxDate(new Date("0999-12-31T23:59:59Z"))).toBe("09991231T235959Z");
    expect(tmxDate(new Date("2026-03-01T09:05:07.123+02:00"))).toBe("20260301T070507Z");
  });
});
