import { useBrowserApp } from "./harness";
import { ReaderPage } from "./pages/ReaderPage";

jest.setTimeout(60_000);

/**
 * The reader by keyboard: one tab stop per row (the Kim article had 282 tab stops, every
 * glossary name one), arrow keys within a row and between rows, a skip link to the text.
 */
const KIM = "kim-soutien-inconditionnel-russie";

let reader: ReaderPage;

const web = useBrowserApp(undefined, {
  eachTest: ({ page, app }) => {
    reader = new ReaderPage(page, app.baseUrl);
  },
});

/** What Tab stops on, in order: focused one by one from the top of the page until focus leaves the page. */
async function tabStops(): Promise<string[]> {
  await web.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let i = 0; i < 1_000; i++) {
    await web.page.keyboard.press("Tab");
    const stop = await web.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Back to an element already counted (or out of the page): the round is over.
      if (!el || el === document.body || el.dataset.tabCounted) return null;
      el.dataset.tabCounted = "yes";
      const row = el.closest("li.row");
      return row ? `row ${row.getAttribute("data-row")} ${el.className}` : `${el.tagName.toLowerCase()}.${el.className}`;
    });
    if (stop === null) break;
    stops.push(stop);
  }
  return stops;
}

describe("tab stops", () => {
  it("has one per row on the Kim article, none per glossary name, and a skip link first in the reader", async () => {
    await reader.open(KIM, "en");
    const rows = await reader.rows.count();
    const names = await web.page.locator("ol.rows .term").count();
    expect(names).toBeGreaterThan(100);
    const stops = await tabStops();
    const rowStops = stops.filter((s) => s.startsWith("row "));
    expect(rowStops).toHaveLength(rows);
    expect(new Set(rowStops.map((s) => s.split(" ")[1])).size).toBe(rows);
    expect(rowStops.every((s) => / cell /.test(` ${s.split(" ").slice(2).join(" ")} `))).toBe(true);
    // The page's other stops: the site's header, the reader's header and toolbar.
    expect(stops.length).toBeLessThan(rows + 25);
    expect(stops.findIndex((s) => s.includes("skip-link"))).toBeLessThan(stops.findIndex((s) => s.includes("back")));
  });

  it("skips to the text: the first row takes the focus", async () => {
    await reader.open(KIM, "fr");
    const skip = web.page.locator(".skip-link");
    expect(await skip.textContent()).toBe("Aller au texte");
    await skip.focus();
    expect(await reader.isShown(skip)).toBe(true);
    await web.page.keyboard.press("Enter");
    expect(await web.page.evaluate(() => document.activeElement?.closest("li.row")?.getAttribute("data-row"))).toBe("1");
    await web.page.keyboard.press("Tab");
    expect(await web.page.evaluate(() => document.activeElement?.closest("li.row")?.getAttribute("data-row"))).toBe("2");
  });
});

describe("arrow keys", () => {
  /** The focused element: its row, its side, and what it is. */
  const focused = () =>
    web.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return {
        row: el.closest("li.row")?.getAttribute("data-row") ?? null,
        side: el.closest(".cell")?.getAttribute("data-side") ?? null,
        what: el.classList.contains("term")
          ? "name"
          : el.classList.contains("sent")
            ? "sentence"
            : el.classList.contains("cell")
              ? "cell"
              : (el.getAttribute("data-action") ?? el.tagName.toLowerCase()),
      };
    });

  it("→ and ← go through a row's cells, sentences, names and tools; ↑ and ↓ go between rows on the same side", async () => {
    await reader.open(KIM, "en");
    const row = reader.rows.filter({ has: web.page.locator(".cell-fr .term") }).nth(2);
    const n = await row.getAttribute("data-row");
    const count = (selector: string) => row.locator(selector).count();
    const [frNames, enNames] = [await count(".cell-fr .term"), await count(".cell-en .term")];
    const [frSentences, enSentences] = [await count(".cell-fr .sent[data-pair]"), await count(".cell-en .sent[data-pair]")];
    expect(frSentences).toBeGreaterThan(0);
    await reader.cell(row, "fr").focus();
    const seen: string[] = [];
    for (let i = 0; i < frNames + enNames + frSentences + enSentences + 6; i++) {
      const at = await focused();
      expect(at.row).toBe(n);
      seen.push(`${at.side ?? "gutter"}:${at.what}`);
      await web.page.keyboard.press("ArrowRight");
    }
    // French cell, its sentences and their names, the row's tools, the English cell, its sentences and names, its Edit and History.
    expect(seen[0]).toBe("fr:cell");
    expect(seen[1]).toBe("fr:sentence");
    const names = seen.filter((s) => !s.endsWith(":sentence"));
    expect(names.slice(0, frNames + 1)).toEqual(["fr:cell", ...Array(frNames).fill("fr:name")]);
    expect(seen.filter((s) => s === "fr:sentence")).toHaveLength(frSentences);
    expect(seen.filter((s) => s === "en:sentence")).toHaveLength(enSentences);
    expect(seen).toContain("gutter:summary");
    expect(seen).toContain("en:cell");
    expect(seen.filter((s) => s === "en:name")).toHaveLength(enNames);
    expect(seen).toContain("en:edit");
    // → stops at the row's last item.
    expect(seen.slice(-2)).toEqual(["en:history", "en:history"]);
    await web.page.keyboard.press("Home");
    expect(await focused()).toMatchObject({ row: n, side: "fr", what: "cell" });
    // A name opens its tooltip when reached by the arrows too.
    for (let i = 0; i < 10 && (await focused()).what !== "name"; i++) await web.page.keyboard.press("ArrowRight");
    await reader.tooltip.waitFor();

    await reader.cell(row, "en").focus();
    await web.page.keyboard.press("ArrowDown");
    expect(await focused()).toMatchObject({ row: String(Number(n) + 1), side: "en", what: "cell" });
    await web.page.keyboard.press("ArrowUp");
    await web.page.keyboard.press("ArrowUp");
    expect(await focused()).toMatchObject({ row: String(Number(n) - 1), side: "en", what: "cell" });
    // Tab then leaves that row for the next one: the row's stop is the cell last focused.
    await web.page.keyboard.press("Shift+Tab");
    await web.page.keyboard.press("Tab");
    expect(await focused()).toMatchObject({ row: String(Number(n) - 1), side: "en", what: "cell" });
  });

  it("keeps one tab stop per row in the English-only view, where French cells are hidden", async () => {
    await reader.open(KIM, "en");
    await reader.chooseViewMode("en");
    const stops = await web.page.locator("ol.rows > li.row").evaluateAll((rows) =>
      rows.filter((r) => r.getClientRects().length).map((r) => [...r.querySelectorAll<HTMLElement>(".cell")].filter((c) => c.tabIndex === 0 && c.getClientRects().length).length),
    );
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.every((n) => n === 1)).toBe(true);
    await reader.chooseViewMode("side");
  });
});
