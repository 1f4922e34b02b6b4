import type { Locator } from "playwright-core";
import { readingKey } from "../../lib/reader/reading-position";
import { createLongDocument } from "./fixtures/long-document";
import { CHOIGOU_SLUG, MARKUP_SLUG, prepareReaderFixture } from "./fixtures/reader-fixture";
import { useBrowserApp } from "./harness";
import { LibraryPage } from "./pages/LibraryPage";
import { ReaderPage } from "./pages/ReaderPage";

jest.setTimeout(60_000);

/**
 * Issue 16, the reader: sentences and glossary names light their counterparts across the
 * columns; learner mode hides the English sentence by sentence; the reading position is
 * kept per document in the browser and shown on the library.
 */
let reader: ReaderPage;

/** 450 links: three windows (1–200, 201–400, 401–450). */
const LONG_SLUG = "learner-long-document";
const LONG_ROWS = 450;

/** Choïgou article rows (fixture links): row 3 is one French paragraph against three English ones, sentence pairs 0–4. */
const SENTENCES_ROW = 3;
/**
 * Row 9: French paragraphs 9-10 against English 11; its sentence pairing 1 holds two French
 * sentences ("Le gouvernement japonais envisage…", "Une initiative qui déplaît fortement à
 * Kim.") and one English one.
 */
const MERGED_ROW = 9;
/** Row 4: "La rencontre entre Choïgou et Kim" / "The Shoigu-Kim meeting". */
const NAMES_ROW = 4;
/** The glossary entry of Sergueï Choïgou / Sergei Shoigu. */
const SHOIGU = "2";

const web = useBrowserApp(
  async (temp) => {
    await prepareReaderFixture(temp);
    await createLongDocument(temp.db, { slug: LONG_SLUG, links: LONG_ROWS });
  },
  {
    startTimeout: 120_000,
    eachTest: ({ page, app }) => {
      reader = new ReaderPage(page, app.baseUrl);
    },
  },
);

const rowAt = (n: number) => web.page.locator(`li.row[data-row="${n}"]`);
const sentence = (row: Locator, side: "fr" | "en", pair: number) => row.locator(`> .cell-${side} .sent[data-pair="${pair}"]`);
/** The pairings of a row's sentences that carry the class, per side. */
const litPairs = (row: Locator, cls: string) =>
  row.evaluate((r, c) => {
    const pairs = (side: string) => [...r.querySelectorAll(`:scope > .cell-${side} .sent.${c}`)].map((s) => Number(s.getAttribute("data-pair")));
    return { fr: pairs("fr"), en: pairs("en") };
  }, cls);
const litNames = () => web.page.locator(".term.is-lit-name").evaluateAll((els) => els.map((e) => `${e.closest("li.row")?.getAttribute("data-row")}:${e.closest(".cell")?.getAttribute("data-side")}:${e.textContent}`));

describe("sentences light their counterparts", () => {
  it("lights the English sentence of a French one under the pointer, not its neighbours, and back", async () => {
    await reader.open(CHOIGOU_SLUG);
    const row = rowAt(SENTENCES_ROW);
    // The row holds several pairings on each side: the sentence data reached the page.
    expect(await row.locator("> .cell-en .sent[data-pair]").count()).toBeGreaterThanOrEqual(5);
    await sentence(row, "fr", 1).hover();
    expect(await litPairs(row, "is-lit")).toEqual({ fr: [1], en: [1] });
    expect(await sentence(row, "en", 1).textContent()).toMatch(/^Sergei Shoigu, secretary/);
    await sentence(row, "en", 2).hover();
    expect(await litPairs(row, "is-lit")).toEqual({ fr: [2], en: [2] });
    // Pointer gone: nothing stays lit.
    await web.page.mouse.move(5, 5);
    expect(await web.page.locator(".sent.is-lit").count()).toBe(0);
  });

  it("lights every sentence of a pairing of several together, in the alternating view too", async () => {
    await reader.open(CHOIGOU_SLUG);
    await reader.chooseViewMode("alternate");
    const row = rowAt(MERGED_ROW);
    await sentence(row, "en", 1).first().hover();
    expect(await litPairs(row, "is-lit")).toEqual({ fr: [1, 1], en: [1] });
    await sentence(row, "fr", 1).last().hover();
    expect(await litPairs(row, "is-lit")).toEqual({ fr: [1, 1], en: [1] });
  });

  it("lights the counterpart of a sentence reached with the arrow keys, or of the sentence of a focused name", async () => {
    await reader.open(CHOIGOU_SLUG);
    const row = rowAt(SENTENCES_ROW);
    await reader.cell(row, "fr").focus();
    // → from the cell: its first sentence, its names, then the second sentence.
    const names = await sentence(row, "fr", 0).locator(".term").count();
    for (let i = 0; i < names + 2; i++) await web.page.keyboard.press("ArrowRight");
    expect(await sentence(row, "fr", 1).evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await litPairs(row, "is-lit")).toEqual({ fr: [1], en: [1] });
    // Focus leaves the rows: nothing stays lit.
    await web.page.locator(".skip-link").focus();
    expect(await web.page.locator(".sent.is-lit").count()).toBe(0);
    await sentence(row, "fr", 2).locator(".term").first().focus();
    expect(await litPairs(row, "is-lit")).toEqual({ fr: [2], en: [2] });
  });

  it("lights the counterpart of a tapped sentence on a phone", async () => {
    const phone = await web.browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    try {
      const tab = await phone.newPage();
      const onPhone = new ReaderPage(tab, web.app.baseUrl);
      await onPhone.open(CHOIGOU_SLUG);
      const row = tab.locator(`li.row[data-row="${SENTENCES_ROW}"]`);
      await row.locator('> .cell-fr .sent[data-pair="2"]').tap();
      expect(await litPairs(row, "is-lit")).toEqual({ fr: [2], en: [2] });
    } finally {
      await phone.close();
    }
  });
});

describe("the page's weight", () => {
  it("sends a 200-row window with its sentences, well under 1 MB of HTML", async () => {
    const html = await (await web.page.request.get(`${web.app.baseUrl}/fr/documents/${LONG_SLUG}`)).text();
    expect(html.match(/<li class="row"/g)).toHaveLength(200);
    expect(html.match(/<span class="sent" data-pair=/g)!.length).toBeGreaterThan(400);
    // Learner mode's buttons are sent to learners only.
    expect(html).not.toContain("reveal-paragraph");
    expect(Buffer.byteLength(html)).toBeLessThan(1_000_000);
  });
});

describe("glossary names light their counterparts", () => {
  it("lights Shoigu when Choïgou is pointed at, in the same row only, and back", async () => {
    await reader.open(CHOIGOU_SLUG);
    const row = rowAt(NAMES_ROW);
    await row.locator(`> .cell-fr .term[data-entry-id="${SHOIGU}"]`).hover();
    expect((await litNames()).sort()).toEqual([`${NAMES_ROW}:en:Shoigu`, `${NAMES_ROW}:fr:Choïgou`]);
    await row.locator(`> .cell-en .term[data-entry-id="${SHOIGU}"]`).hover();
    expect((await litNames()).sort()).toEqual([`${NAMES_ROW}:en:Shoigu`, `${NAMES_ROW}:fr:Choïgou`]);
    // Another name lights only its own counterpart.
    await rowAt(2).locator('> .cell-fr .term[data-entry-id="17"]').hover();
    expect((await litNames()).sort()).toEqual(["2:en:Pyongyang", "2:fr:Pyongyang"]);
  });

  it("lights the counterpart of a name focused with the arrow keys", async () => {
    await reader.open(CHOIGOU_SLUG);
    const row = rowAt(NAMES_ROW);
    await reader.cell(row, "fr").focus();
    // → reaches the sentence, then the name in it.
    await web.page.keyboard.press("ArrowRight");
    await web.page.keyboard.press("ArrowRight");
    expect(await web.page.evaluate(() => document.activeElement?.textContent)).toBe("Choïgou");
    expect((await litNames()).sort()).toEqual([`${NAMES_ROW}:en:Shoigu`, `${NAMES_ROW}:fr:Choïgou`]);
  });

  it("lights nothing across when the other column lacks the name", async () => {
    await reader.open(MARKUP_SLUG);
    const name = web.page.locator(".cell-fr .term", { hasText: "Choïgou" });
    await name.hover();
    expect(await litNames()).toEqual([`3:fr:Choïgou`]);
  });
});

describe("learner mode", () => {
  const units = () => web.page.locator(".cell-en .sent");
  const expanded = (locator: Locator) => locator.evaluateAll((els) => els.map((e) => e.getAttribute("aria-expanded")));

  async function openLearner(): Promise<void> {
    await reader.open(CHOIGOU_SLUG);
    await reader.chooseViewMode("learn");
    await web.page.locator(".learner-controls").waitFor();
  }

  it("shows the French and hides every English sentence behind a button announced as hidden", async () => {
    await openLearner();
    const count = await units().count();
    expect(count).toBeGreaterThan(15);
    expect(new Set(await expanded(units()))).toEqual(new Set(["false"]));
    // What a screen reader is told: a button named as hidden English, collapsed; not its text.
    expect(await web.page.getByRole("button", { name: "Anglais masqué — afficher" }).count()).toBe(count);
    // The label is French (the interface's language) inside the English column: said so.
    expect(await units().first().getAttribute("lang")).toBe("fr");
    const hidden = sentence(rowAt(SENTENCES_ROW), "en", 1);
    expect(await hidden.evaluate((e) => getComputedStyle(e).color)).toBe("rgba(0, 0, 0, 0)");
    expect(await reader.isShown(reader.cell(rowAt(SENTENCES_ROW), "fr"))).toBe(true);
    const french = sentence(rowAt(SENTENCES_ROW), "fr", 1);
    expect(await french.evaluate((e) => getComputedStyle(e).color)).not.toBe("rgba(0, 0, 0, 0)");
    // The view is remembered (cookie) and the English hidden from the first paint, the reveal buttons there.
    const html = await (await web.page.request.get(`${web.app.baseUrl}/fr/documents/${CHOIGOU_SLUG}`)).text();
    expect(html).toContain('data-view="learn"');
    expect(html).toContain("reveal-paragraph");
    await web.page.reload();
    expect(await reader.viewMode()).toBe("learn");
    expect(await sentence(rowAt(SENTENCES_ROW), "en", 1).evaluate((e) => getComputedStyle(e).color)).toBe("rgba(0, 0, 0, 0)");
  });

  it("reveals one sentence by a click, focus on it, its neighbours still hidden", async () => {
    await openLearner();
    const row = rowAt(SENTENCES_ROW);
    await sentence(row, "en", 1).click();
    expect(await sentence(row, "en", 1).getAttribute("aria-expanded")).toBe("true");
    expect(await sentence(row, "en", 1).getAttribute("aria-label")).toBeNull();
    expect(await sentence(row, "en", 1).getAttribute("lang")).toBeNull();
    expect(await sentence(row, "en", 1).evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await sentence(row, "en", 1).evaluate((e) => getComputedStyle(e).color)).not.toBe("rgba(0, 0, 0, 0)");
    expect(await sentence(row, "en", 0).getAttribute("aria-expanded")).toBe("false");
    expect(await sentence(row, "en", 2).getAttribute("aria-expanded")).toBe("false");
    // A second click hides it again.
    await sentence(row, "en", 1).click();
    expect(await sentence(row, "en", 1).getAttribute("aria-expanded")).toBe("false");
  });

  it("reveals and hides a sentence from the keyboard: arrows reach it, Enter and Space toggle it", async () => {
    await openLearner();
    const row = rowAt(NAMES_ROW);
    await reader.cell(row, "en").focus();
    // → from the English cell: its reveal-paragraph button, then its hidden sentence (the name inside it is skipped).
    await web.page.keyboard.press("ArrowRight");
    expect(await web.page.evaluate(() => document.activeElement?.className)).toBe("reveal-paragraph");
    await web.page.keyboard.press("ArrowRight");
    const unit = row.locator("> .cell-en .sent");
    expect(await unit.evaluate((e) => e === document.activeElement)).toBe(true);
    // The next item is the row's tools, not the name inside the hidden sentence (it would give the English away).
    await web.page.keyboard.press("ArrowRight");
    expect(await web.page.evaluate(() => Boolean(document.activeElement?.closest(".sent")))).toBe(false);
    await web.page.keyboard.press("ArrowLeft");
    expect(await unit.evaluate((e) => e === document.activeElement)).toBe(true);
    await web.page.keyboard.press("Enter");
    expect(await unit.getAttribute("aria-expanded")).toBe("true");
    expect(await unit.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await unit.textContent()).toBe("The Shoigu-Kim meeting");
    await web.page.keyboard.press(" ");
    expect(await unit.getAttribute("aria-expanded")).toBe("false");
    expect(await web.page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(0);
  });

  it("reveals a paragraph's sentences at once, focus on its first", async () => {
    await openLearner();
    const row = rowAt(SENTENCES_ROW);
    const paragraphs = row.locator("> .cell-en [data-paragraph-id]");
    expect(await paragraphs.count()).toBe(3);
    const second = paragraphs.nth(1);
    const id = await second.getAttribute("data-paragraph-id");
    await row.locator(`> .cell-en button.reveal-paragraph[data-reveal="${id}"]`).click();
    expect(new Set(await expanded(second.locator(".sent")))).toEqual(new Set(["true"]));
    expect(await second.locator(".sent").first().evaluate((e) => e === document.activeElement)).toBe(true);
    expect(new Set(await expanded(paragraphs.nth(0).locator(".sent")))).toEqual(new Set(["false"]));
    expect(new Set(await expanded(paragraphs.nth(2).locator(".sent")))).toEqual(new Set(["false"]));
  });

  it("keeps what the reader revealed for their next visit, in their browser", async () => {
    await openLearner();
    const row = rowAt(SENTENCES_ROW);
    await sentence(row, "en", 2).click();
    await web.page.reload();
    await reader.waitUntilInteractive();
    await sentence(rowAt(SENTENCES_ROW), "en", 2).and(web.page.locator('[aria-expanded="true"]')).waitFor();
    expect(await web.page.locator('.cell-en .sent[aria-expanded="true"]').count()).toBe(1);
    // Hide all is kept too; another browser (a new context) never saw any of it.
    await web.page.locator('.learner-controls button[data-learner="hide-all"]').click();
    await web.page.reload();
    await reader.waitUntilInteractive();
    await web.page.locator('.cell-en .sent[aria-expanded="false"]').first().waitFor();
    expect(await web.page.locator('.cell-en .sent[aria-expanded="true"]').count()).toBe(0);
  });

  it("reveals all and hides all", async () => {
    await openLearner();
    await web.page.locator('.learner-controls button[data-learner="reveal-all"]').click();
    expect(new Set(await expanded(units()))).toEqual(new Set(["true"]));
    expect(await web.page.getByRole("button", { name: "Anglais masqué — afficher" }).count()).toBe(0);
    await web.page.locator('.learner-controls button[data-learner="hide-all"]').click();
    expect(new Set(await expanded(units()))).toEqual(new Set(["false"]));
  });

  it("keeps one tab stop per row, and gives the English back as text when the mode is left", async () => {
    await openLearner();
    const stops = await web.page.locator("ol.rows > li.row").evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll<HTMLElement>("[tabindex]")].filter((c) => c.tabIndex === 0 && c.getClientRects().length).length),
    );
    expect(stops.every((n) => n === 1)).toBe(true);
    await reader.chooseViewMode("side");
    expect(await web.page.locator(".cell-en .sent[role], .cell-en .sent[aria-expanded], .cell-en .sent[lang]").count()).toBe(0);
    expect(await web.page.locator(".reveal-paragraph").count()).toBe(0);
    expect(await web.page.locator(".learner-controls").count()).toBe(0);
  });
});

describe("reading position", () => {
  /** Scrolls row `n` to the top of the reader (under the toolbar) and waits for the position to be saved. */
  async function readTo(n: number): Promise<void> {
    await web.page.evaluate((row) => document.getElementById(`row-${row}`)!.scrollIntoView({ block: "start" }), n);
    await web.page.waitForFunction(
      ([key, row]) => JSON.parse(localStorage.getItem(key as string) ?? "null")?.row === row,
      [readingKey(LONG_SLUG), n] as const,
    );
  }
  /** The first row on screen under the toolbar. */
  const topRow = () =>
    web.page.evaluate(() => {
      const bottom = document.querySelector(".reader .toolbar")!.getBoundingClientRect().bottom;
      return Number([...document.querySelectorAll<HTMLElement>("li.row")].find((r) => r.getBoundingClientRect().bottom > bottom)?.dataset.row);
    });

  it("takes the reader back to the row they were reading, in this window or another", async () => {
    expect(await reader.open(LONG_SLUG)).toBe(200);
    await readTo(120);
    await reader.open(LONG_SLUG);
    await web.page.waitForFunction(() => window.scrollY > 0);
    expect(await topRow()).toBe(120);

    await reader.openAt(LONG_SLUG, "?from=201");
    await readTo(260);
    // Back at the document's plain address: the window holding row 260 opens, scrolled to it.
    await web.page.goto(`${web.app.baseUrl}/fr/documents/${LONG_SLUG}`);
    await web.page.waitForURL(/\?from=201#row-260$/);
    await reader.waitUntilInteractive();
    await reader.waitForRowInView(260);
    expect(await topRow()).toBe(260);

    // An address naming a place wins over the remembered one.
    await reader.openAt(LONG_SLUG, "#row-5");
    await reader.waitForRowInView(5);
    expect(reader.windowFrom()).toBeNull();
  });

  it("shows on the library how far each opened document was read, and nothing for the others", async () => {
    await reader.open(LONG_SLUG);
    await readTo(120);
    const library = await new LibraryPage(web.page, web.app.baseUrl).open("en");
    const read = library.card(LONG_SLUG).locator(".read-progress .progress");
    await read.waitFor();
    const percent = Number(await read.getAttribute("data-percent"));
    const furthest = await web.page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).furthest as number, readingKey(LONG_SLUG));
    expect(furthest).toBeGreaterThan(120);
    expect(percent).toBe(Math.round((100 * furthest) / LONG_ROWS));
    expect(await read.textContent()).toContain("Read");
    expect(await library.card(CHOIGOU_SLUG).locator(".read-progress").count()).toBe(0);
  });
});
