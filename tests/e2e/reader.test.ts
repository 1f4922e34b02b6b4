import { isLowConfidence } from "../../lib/align/confidence";
import { loadAlignedRows, type AlignedRow } from "../../lib/documents/aligned-rows";
import { checkRows } from "../../lib/glossary/check";
import { loadGlossaryTerms } from "../../lib/glossary/load-terms";
import { createLongDocument, HEADING_EVERY } from "./fixtures/long-document";
import { CHOIGOU_SLUG, LOW_SCORE, MARKUP_SLUG, MARKUP_TEXT, prepareReaderFixture } from "./fixtures/reader-fixture";
import { useBrowserApp } from "./harness";
import { EditingPage } from "./pages/EditingPage";
import { LibraryPage } from "./pages/LibraryPage";
import { ReaderPage } from "./pages/ReaderPage";

jest.setTimeout(60_000);

let reader: ReaderPage;

/** A document of 5,200 links with loose paragraphs: 5,212 rows, 27 windows. */
const LONG_SLUG = "long-reader-document";
let longRows: AlignedRow[];
let longId: number;

const web = useBrowserApp(
  async (temp) => {
    await prepareReaderFixture(temp);
    longId = await createLongDocument(temp.db, { slug: LONG_SLUG, links: 5_200, loose: true });
    longRows = await loadAlignedRows(temp.db, longId);
  },
  {
    startTimeout: 120_000,
    eachTest: ({ page, app }) => {
      reader = new ReaderPage(page, app.baseUrl);
    },
  },
);

describe("from the library to the reader", () => {
  it("opens a sample article from its card", async () => {
    const library = await new LibraryPage(web.page, web.app.baseUrl).open("fr");
    expect(await library.slugs()).toEqual(expect.arrayContaining([CHOIGOU_SLUG, MARKUP_SLUG]));
    await library.openDocument(CHOIGOU_SLUG);
    expect(await web.page.textContent("h1")).toContain("Sergueï Choïgou a rencontré Kim Jong-Un");
  });

  it("shows each document's progress, newest first", async () => {
    const library = await new LibraryPage(web.page, web.app.baseUrl).open("en");
    expect(await library.slugs()).toEqual(["kim-soutien-inconditionnel-russie", CHOIGOU_SLUG, MARKUP_SLUG, LONG_SLUG]);
    const choigou = library.card(CHOIGOU_SLUG);
    expect(await choigou.locator(".progress").first().getAttribute("data-percent")).toBe("100");
    expect(await choigou.textContent()).toContain("11 French paragraphs");
  });
});

describe("rows", () => {
  it("pairs French and English, one row per link, in order", async () => {
    expect(await reader.open(CHOIGOU_SLUG)).toBe(200);
    const rows = await reader.rowTexts();
    expect(rows).toHaveLength(9);
    expect(rows[0].fr).toBe("(Rome, Paris, 22 mars 2025)");
    expect(rows[0].en).toBe("(Rome, Paris, 22 March 2025)");
    expect(rows[3]).toMatchObject({ fr: "La rencontre entre Choïgou et Kim", en: "The Shoigu-Kim meeting" });
    // 1-3: one French paragraph against three English ones, in one row.
    expect(await reader.cell(reader.rows.nth(2), "en").locator("[data-paragraph-id]").count()).toBe(3);
    // 2-1: two French paragraphs against one.
    expect(await reader.cell(reader.rows.nth(4), "fr").locator("[data-paragraph-id]").count()).toBe(2);
    expect(rows[4].en).toMatch(/^"I would like to convey/);
  });

  it("levels the tops of both cells of a row", async () => {
    await reader.open(CHOIGOU_SLUG);
    for (const i of [2, 4, 5]) {
      const row = reader.rows.nth(i);
      const [fr, en] = [await reader.box(reader.cell(row, "fr")), await reader.box(reader.cell(row, "en"))];
      expect(Math.abs(fr.y - en.y)).toBeLessThan(1);
      expect(en.x).toBeGreaterThan(fr.x + fr.width);
    }
  });

  it("renders titles and headings as headings, credits and captions as themselves", async () => {
    await reader.open("kim-soutien-inconditionnel-russie");
    expect(await web.page.locator('.cell-fr h1[data-kind="title"]').count()).toBe(1);
    expect(await web.page.locator('.cell-fr h2[data-kind="heading"]').textContent()).toContain("Macron");
    expect(await web.page.locator('.cell-fr .para-credit').first().textContent()).toBe("KCNA VIA KNS/AFP");
    expect(await web.page.locator(".cell-fr .para-caption").count()).toBe(3);
  });

  it("marks an empty side as such", async () => {
    await reader.open(MARKUP_SLUG);
    const lone = reader.rows.nth(2);
    expect(await lone.getAttribute("data-empty")).toBe("en");
    expect(await reader.cell(lone, "en").textContent()).toBe("Pas de paragraphe anglais en regard");
  });

  it("highlights the counterpart of a hovered or focused paragraph", async () => {
    await reader.open(CHOIGOU_SLUG);
    const row = reader.rows.nth(5);
    const [fr, en] = [reader.cell(row, "fr"), reader.cell(row, "en")];
    const plain = await reader.background(en);
    await fr.hover();
    const lit = await reader.background(en);
    expect(lit).not.toBe(plain);
    await web.page.mouse.move(0, 0);
    expect(await reader.background(en)).toBe(plain);
    await fr.focus();
    expect(await reader.background(en)).toBe(lit);
    await web.page.keyboard.press("ArrowRight"); // the next item of the row: a name in it, or its English cell
    expect(await reader.background(fr)).toBe(lit);
  });

  it("does not light up a document that has no link yet (its two texts side by side)", async () => {
    await reader.open("kim-soutien-inconditionnel-russie");
    const row = reader.rows.first();
    expect(await row.getAttribute("data-whole")).toBe("true");
    const plain = await reader.background(reader.cell(row, "en"));
    await reader.cell(row, "fr").locator("p").nth(3).hover();
    expect(await reader.background(reader.cell(row, "en"))).toBe(plain);
    expect(await web.page.locator(".notice").textContent()).toContain("npm run align");
  });

  it("displays text that looks like markup as text", async () => {
    const dialogs: string[] = [];
    web.page.on("dialog", async (d) => (dialogs.push(d.message()), d.dismiss()));
    await reader.open(MARKUP_SLUG);
    const row = reader.rows.nth(1);
    expect(await reader.cell(row, "fr").textContent()).toBe(MARKUP_TEXT);
    expect(await reader.cell(row, "en").locator("[data-paragraph-id]").textContent()).toBe(MARKUP_TEXT);
    expect(await web.page.locator(".rows b, .rows script").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("puts a labelled marker on a low-confidence link, and only there", async () => {
    await reader.open(CHOIGOU_SLUG, "en");
    const marks = web.page.locator(".low-confidence");
    expect(await marks.count()).toBe(1);
    const row = web.page.locator("li.row", { has: marks });
    expect(await row.getAttribute("data-low-confidence")).toBe("true");
    expect(await reader.cell(row, "en").textContent()).toMatch(/^"I would like to convey/);
    expect(await marks.getAttribute("role")).toBe("img");
    expect(await marks.getAttribute("aria-label")).toContain(`${Math.round(LOW_SCORE * 100)}%`);
    // The header counts them and leads to the first.
    await web.page.click(".meta-warning");
    expect(new URL(web.page.url()).hash).toBe(`#${await row.getAttribute("id")}`);
    expect(await web.page.title()).toContain("Sergei Shoigu meets Kim Jong Un");
  });
});

describe("glossary tooltips", () => {
  it("shows Shoigu when the pointer rests on Choïgou, and Escape closes it", async () => {
    await reader.open(CHOIGOU_SLUG);
    const term = reader.term("fr", "Choïgou");
    await term.hover();
    await reader.tooltip.waitFor();
    expect(await reader.tooltip.count()).toBe(1);
    const text = await reader.describedTooltipText(term);
    expect(text).toContain("Sergei Shoigu");
    expect(text).toContain("Sergueï Choïgou");
    expect(text).toContain("Personne");
    expect(text).toContain("Conseil de sécurité"); // the French interface shows the French note
    await web.page.keyboard.press("Escape");
    await reader.tooltip.waitFor({ state: "detached" });
    expect(await term.getAttribute("aria-describedby")).toBeNull();
  });

  it("opens from the keyboard, in both columns", async () => {
    await reader.open(CHOIGOU_SLUG, "en");
    const fr = reader.term("fr", "Choïgou");
    await fr.focus();
    expect(await reader.describedTooltipText(fr)).toContain("Shoigu");
    expect(await reader.tooltip.getAttribute("data-entry-id")).toBe(await fr.getAttribute("data-entry-id"));
    await web.page.keyboard.press("Escape");
    await reader.tooltip.waitFor({ state: "detached" });
    // → moves on to the next name, whose tooltip opens in turn: one entry at a time.
    await fr.focus();
    await web.page.keyboard.press("ArrowRight");
    await reader.tooltip.waitFor();
    expect(await reader.tooltip.count()).toBe(1);
    const en = reader.term("en", "Shoigu");
    await en.focus();
    const text = await reader.describedTooltipText(en);
    expect(text).toContain("Sergei Shoigu");
    expect(text).toContain("Person");
  });

  it("leaves the displayed text exactly as stored, every name marked", async () => {
    await reader.open(CHOIGOU_SLUG);
    const title = reader.paragraph("fr", await web.page.locator('.cell-fr [data-kind="title"]').getAttribute("data-paragraph-id") ?? "");
    expect(await title.textContent()).toBe(
      "Sergueï Choïgou a rencontré Kim Jong-Un à Pyongyang pour renforcer les relations entre la Russie et la Corée du Nord",
    );
    expect(await title.locator(".term").allTextContents()).toEqual(["Sergueï Choïgou", "Kim Jong-Un", "Pyongyang", "Russie", "Corée du Nord"]);
  });

  it("closes when its name stops being shown, and follows it when the layout moves", async () => {
    await reader.open(CHOIGOU_SLUG);
    const fr = reader.term("fr", "Choïgou");
    await fr.focus();
    await reader.tooltip.waitFor();
    await reader.chooseViewMode("en");
    await reader.tooltip.waitFor({ state: "detached" });
    await reader.chooseViewMode("side");
    const en = reader.term("en", "Shoigu");
    await en.focus();
    await reader.tooltip.waitFor();
    // A narrower window reflows the text under the open tooltip.
    await web.page.setViewportSize({ width: 820, height: 900 });
    await web.page.waitForTimeout(150);
    const [name, tip] = [await reader.box(en), await reader.box(reader.tooltip)];
    expect(Math.abs(tip.y + tip.height - name.y)).toBeLessThan(12);
  });

  it("opens with a tap on a phone", async () => {
    const phone = await web.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const tab = await phone.newPage();
    const mobile = new ReaderPage(tab, web.app.baseUrl);
    await mobile.open(CHOIGOU_SLUG);
    const term = mobile.term("en", "Shoigu");
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await mobile.tooltip.waitFor();
    expect(await mobile.describedTooltipText(term)).toContain("Sergueï Choïgou");
    const box = await mobile.box(mobile.tooltip);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await phone.close();
  });
});

describe("view modes", () => {
  it("switches between side by side, French, English and alternating, and remembers the choice", async () => {
    await reader.open(CHOIGOU_SLUG);
    expect(await reader.viewMode()).toBe("side");
    const row = reader.rows.nth(2);

    await reader.chooseViewMode("fr");
    expect(await reader.isShown(reader.cell(row, "fr"))).toBe(true);
    expect(await reader.isShown(reader.cell(row, "en"))).toBe(false);

    await reader.chooseViewMode("en");
    expect(await reader.isShown(reader.cell(row, "fr"))).toBe(false);
    expect(await reader.isShown(reader.cell(row, "en"))).toBe(true);

    await reader.chooseViewMode("alternate");
    const [fr, en] = [await reader.box(reader.cell(row, "fr")), await reader.box(reader.cell(row, "en"))];
    expect(en.y).toBeGreaterThanOrEqual(fr.y + fr.height - 1);

    // After a reload, the server already renders the chosen mode (no jump).
    const html = await (await web.page.request.get(web.page.url())).text();
    expect(html).toContain('data-view="alternate"');
    await web.page.reload();
    await reader.waitUntilInteractive();
    expect(await reader.viewMode()).toBe("alternate");
    // On another page of the same visit, and in another tab.
    await reader.open(MARKUP_SLUG, "en");
    expect(await reader.viewMode()).toBe("alternate");
    const other = new ReaderPage(await web.context.newPage(), web.app.baseUrl);
    await other.open(CHOIGOU_SLUG);
    expect(await other.viewMode()).toBe("alternate");
  });

  it("hides the rows with nothing to show in a one-language mode", async () => {
    await reader.open(MARKUP_SLUG);
    await reader.chooseViewMode("en");
    expect(await reader.isShown(reader.rows.nth(2))).toBe(false);
    await reader.chooseViewMode("fr");
    expect(await reader.isShown(reader.rows.nth(2))).toBe(true);
  });
});

describe("locale and screen size", () => {
  it("switches the interface language and stays on the document", async () => {
    await reader.open(CHOIGOU_SLUG);
    expect(await web.page.textContent(".view-switch")).toContain("Côte à côte");
    await web.page.click(".locale-switch");
    await web.page.waitForURL(new RegExp(`/en/documents/${CHOIGOU_SLUG}$`));
    await reader.waitUntilInteractive();
    expect(await web.page.getAttribute("html", "lang")).toBe("en");
    expect(await web.page.textContent(".view-switch")).toContain("Side by side");
    expect((await reader.rowTexts())[1].fr).toContain("Sergueï Choïgou a rencontré");
  });

  it("stacks French over English on a phone-sized screen", async () => {
    await web.page.setViewportSize({ width: 390, height: 844 });
    await reader.open(CHOIGOU_SLUG);
    expect(await reader.viewMode()).toBe("side");
    const row = reader.rows.nth(2);
    const [fr, en] = [await reader.box(reader.cell(row, "fr")), await reader.box(reader.cell(row, "en"))];
    expect(en.y).toBeGreaterThanOrEqual(fr.y + fr.height - 1);
    expect(fr.width).toBeGreaterThan(300);
    const scroll = await web.page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(390);
  });
});

describe("unknown pages", () => {
  it("answers 404 for an unknown document, in the interface language", async () => {
    expect(await reader.open("no-such-document", "en")).toBe(404);
    expect(await web.page.textContent("h1")).toBe("Page not found");
    expect(await reader.open("no-such-document", "fr")).toBe(404);
    expect(await web.page.textContent("h1")).toBe("Page introuvable");
    const response = await web.page.goto(`${web.app.baseUrl}/fr/nothing/here`);
    expect(response?.status()).toBe(404);
  });
});

describe("a long document, in windows", () => {
  /** Row numbers (from 1) of the long document's rows that pass `test`. */
  const rowsWhere = (test: (r: AlignedRow) => boolean) => longRows.flatMap((r, i) => (test(r) ? [i + 1] : []));

  it("sends one window of 200 rows, its HTML well under 1 MB, numbered as in the document", async () => {
    expect(longRows).toHaveLength(5_212);
    const response = await web.page.request.get(`${web.app.baseUrl}/fr/documents/${LONG_SLUG}?from=4001`);
    const html = await response.text();
    expect(Buffer.byteLength(html)).toBeLessThan(1_000_000);
    expect(html.match(/<li class="row"/g)).toHaveLength(200);
    await reader.openAt(LONG_SLUG, "?from=4001");
    expect(await reader.rowNumbers()).toEqual(Array.from({ length: 200 }, (_, i) => 4_001 + i));
    expect((await reader.rowTexts())[0].fr).toBe(longRows[4_000].fr.map((p) => p.text).join("\n\n"));
    expect(await web.page.locator(".toolbar .window-position").textContent()).toBe("Lignes 4001 à 4200 sur 5212");
  });

  it("moves to the next and previous window, and to the first and last", async () => {
    await reader.open(LONG_SLUG);
    expect((await reader.rowNumbers()).slice(0, 2)).toEqual([1, 2]);
    await reader.windowLink("next").click();
    await web.page.waitForURL(/from=201/);
    await reader.waitUntilInteractive();
    expect((await reader.rowNumbers())[0]).toBe(201);
    await reader.windowLink("previous").click();
    await web.page.waitForURL(/from=1$/);
    expect((await reader.rowNumbers())[0]).toBe(1);
    await reader.windowLink("last").click();
    await web.page.waitForURL(/from=5201/);
    expect(await reader.rowNumbers()).toEqual(Array.from({ length: 12 }, (_, i) => 5_201 + i));
    expect(await reader.windowLink("next").count()).toBe(0);
  });

  it("goes to row N, in this window or another, and #row-N opens the window that holds it", async () => {
    await reader.open(LONG_SLUG);
    await reader.goToRow(3_456);
    await web.page.waitForURL(/from=3401#row-3456$/);
    await reader.waitForRowInView(3_456);
    expect(await web.page.locator("li.row:target").getAttribute("data-row")).toBe("3456");

    await reader.goToRow(3_420);
    await web.page.waitForFunction(() => location.hash === "#row-3420");
    await reader.waitForRowInView(3_420);
    expect(reader.windowFrom()).toBe("3401");

    // An address naming a row: the window holding it replaces the first one.
    await web.page.goto(`${web.app.baseUrl}/fr/documents/${LONG_SLUG}#row-4321`);
    await web.page.waitForURL(/from=4201#row-4321$/);
    await reader.waitForRowInView(4_321);
    // Without JavaScript, the form asks for ?row=N and the server answers with the window.
    const answer = await web.page.request.get(`${web.app.baseUrl}/fr/documents/${LONG_SLUG}?row=999`, { maxRedirects: 0 });
    expect(answer.status()).toBe(307);
    expect(answer.headers().location).toBe(`/fr/documents/${LONG_SLUG}?from=801#row-999`);
  });

  it("lists the headings in a table of contents that leads to their rows", async () => {
    await reader.open(LONG_SLUG);
    await web.page.locator(".toolbar .toc > summary").click();
    const entries = web.page.locator(".toolbar .toc a");
    expect(await entries.count()).toBe(Math.ceil(5_200 / HEADING_EVERY));
    const twelfth = rowsWhere((r) => r.fr[0]?.text === "Intertitre 12")[0];
    await entries.filter({ hasText: /^Intertitre 12$/ }).click();
    await web.page.waitForURL(new RegExp(`#row-${twelfth}$`));
    await reader.waitForRowInView(twelfth);
    expect(await reader.rows.filter({ has: web.page.locator("h2", { hasText: "Intertitre 12" }) }).getAttribute("data-row")).toBe(String(twelfth));
  });

  it("goes to the next row to check and the next flag, crossing windows", async () => {
    const low = rowsWhere((r) => r.linkId !== null && isLowConfidence(r.score));
    const flagged = new Set(checkRows({ id: longId, slug: LONG_SLUG }, longRows, await loadGlossaryTerms(web.app.temp.db)).map((f) => f.linkId));
    const flags = rowsWhere((r) => r.linkId !== null && flagged.has(r.linkId));
    // The last low-confidence row of the window 1-200, then the next one, in the next window.
    const lastInFirst = [...low].reverse().find((r) => r <= 200)!;
    const following = low.find((r) => r > lastInFirst)!;
    expect(following).toBeGreaterThan(200);
    await reader.openAt(LONG_SLUG, `?from=1#row-${lastInFirst}`);
    await reader.markLink("next-check").click();
    await web.page.waitForURL(new RegExp(`from=201#row-${following}$`));
    await reader.waitUntilInteractive();
    await reader.waitForRowInView(following);
    expect(await web.page.locator(`#row-${following}`).getAttribute("data-low-confidence")).toBe("true");
    // Within a window, the next one is on the same page.
    const after = low.find((r) => r > following)!;
    if (after <= 400) {
      await reader.markLink("next-check").click();
      await web.page.waitForFunction((n) => location.hash === `#row-${n}`, after);
    }
    await reader.markLink("previous-check").click();
    await web.page.waitForFunction((n) => location.hash === `#row-${n}`, after <= 400 ? following : lastInFirst);

    const flagAfter = flags.find((r) => r > 1_000)!;
    await reader.openAt(LONG_SLUG, "?from=801#row-1000");
    await reader.markLink("next-flag").click();
    await web.page.waitForFunction((n) => location.hash === `#row-${n}`, flagAfter);
    await reader.waitUntilInteractive();
    await reader.waitForRowInView(flagAfter);
    expect(Number(await web.page.locator(`#row-${flagAfter}`).getAttribute("data-flags"))).toBeGreaterThan(0);
  });

  it("highlights counterparts, opens tooltips and switches view modes in a later window", async () => {
    await reader.openAt(LONG_SLUG, "?from=3001");
    const row = reader.rows.filter({ has: web.page.locator(".cell-fr .term") }).nth(3);
    const [fr, en] = [reader.cell(row, "fr"), reader.cell(row, "en")];
    const plain = await reader.background(en);
    await fr.hover();
    expect(await reader.background(en)).not.toBe(plain);
    const term = fr.locator(".term").first();
    await term.hover();
    const text = await reader.describedTooltipText(term);
    expect(text).toContain("→");
    await reader.chooseViewMode("fr");
    expect(await reader.isShown(fr)).toBe(true);
    expect(await reader.isShown(en)).toBe(false);
    await reader.chooseViewMode("en");
    expect(await reader.isShown(fr)).toBe(false);
    expect(await reader.isShown(en)).toBe(true);
    await reader.chooseViewMode("alternate");
    const [a, b] = [await reader.box(fr), await reader.box(en)];
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
    await reader.chooseViewMode("side");
  });

  it("edits a translation in a later window and stays in that window", async () => {
    const editor = new EditingPage(web.page, web.app.baseUrl);
    await editor.openAt(LONG_SLUG, "?from=4801");
    const row = longRows[4_850];
    const paragraph = row.en[0];
    const textarea = await editor.startEditing(paragraph.id);
    await textarea.fill("Corrected in the twenty-fifth window.");
    await textarea.press("Control+Enter");
    await editor.waitForVersion(paragraph.id, 2);
    expect(editor.windowFrom()).toBe("4801");
    expect(await editor.paragraphText(paragraph.id)).toBe("Corrected in the twenty-fifth window.");
    expect((await web.app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).text).toBe("Corrected in the twenty-fifth window.");
  });
});
