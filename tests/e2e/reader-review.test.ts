import { isLowConfidence } from "../../lib/align/confidence";
import { loadAlignedRows, type AlignedRow } from "../../lib/documents/aligned-rows";
import { windowStart } from "../../lib/reader/windows";
import { hashText } from "../../lib/text/normalize";
import { createLongDocument } from "./fixtures/long-document";
import { CHOIGOU_SLUG, linkDocument, prepareReaderFixture } from "./fixtures/reader-fixture";
import { useBrowserApp } from "./harness";
import { EditingPage } from "./pages/EditingPage";
import { LibraryPage } from "./pages/LibraryPage";
import { ReaderPage } from "./pages/ReaderPage";

jest.setTimeout(90_000);

/**
 * Reviewing in the reader: each English paragraph's state and the locked rows at a glance,
 * the reviewed share, the row filters, next/previous row to check by key, alignment changes
 * noted next to their rows, French typography, and the phone layout.
 */
const LONG_SLUG = "long-review-document";
const TYPO_SLUG = "typographie-francaise";
/** A paragraph full of places where a careless line break would put » or a number's digits on a line of their own. */
const TYPO_TEXT = Array.from(
  { length: 6 },
  (_, i) => `Le ministre a répété « nous ne céderons pas » devant ${i + 2} 800 personnes ; « la ligne ${i + 1} 250 tiendra » , a-t-il ajouté : « jamais » !`,
).join(" ");

let reader: EditingPage;
let longRows: AlignedRow[];

/** Numbers as the interface's language writes them (French groups digits with a narrow no-break space). */
const number = (locale: string, n: number, style?: "percent") => new Intl.NumberFormat(locale, { style }).format(n);

/** The Choïgou article's English paragraphs by position. */
async function choigouEnglish() {
  const doc = await web.app.temp.db.document.findUniqueOrThrow({ where: { slug: CHOIGOU_SLUG } });
  return web.app.temp.db.targetParagraph.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } });
}

const web = useBrowserApp(
  async (temp) => {
    await prepareReaderFixture(temp);
    const id = await createLongDocument(temp.db, { slug: LONG_SLUG, links: 1_200 });
    longRows = await loadAlignedRows(temp.db, id);
    const typo = await temp.db.document.create({
      data: {
        slug: TYPO_SLUG,
        titleFr: "Typographie",
        sourceHash: "typo",
        sourceParagraphs: { create: [{ position: 0, text: TYPO_TEXT, hash: hashText(TYPO_TEXT) }] },
        targetParagraphs: { create: [{ position: 0, text: "The minister said it again.", hash: hashText("The minister said it again.") }] },
      },
    });
    await linkDocument(temp.db, typo.id, [{ fr: [0], en: [0], score: 0.9 }]);
  },
  {
    startTimeout: 120_000,
    eachTest: ({ page, app }) => {
      reader = new EditingPage(page, app.baseUrl);
    },
  },
);

describe("review state at a glance", () => {
  it("marks each English paragraph machine, imported, edited or reviewed, and the locked rows, with names screen readers read", async () => {
    const english = await choigouEnglish();
    await web.app.temp.db.targetParagraph.update({ where: { id: english[1].id }, data: { status: "reviewed" } });
    await web.app.temp.db.targetParagraph.update({ where: { id: english[2].id }, data: { origin: "edited" } });
    await web.app.temp.db.targetParagraph.update({ where: { id: english[3].id }, data: { origin: "deepl", status: "machine" } });
    const link = await web.app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: english[5].id } });
    await web.app.temp.db.alignmentLink.update({ where: { id: link.linkId! }, data: { locked: true } });

    await reader.open(CHOIGOU_SLUG, "en");
    const mark = (id: number) => reader.paragraph("en", id).locator(".review-mark");
    expect(await mark(english[1].id).getAttribute("data-review")).toBe("reviewed");
    expect(await mark(english[1].id).getAttribute("aria-label")).toBe("Reviewed");
    expect(await mark(english[2].id).getAttribute("aria-label")).toBe("Corrected, not reviewed yet");
    expect(await mark(english[3].id).getAttribute("aria-label")).toBe("Machine translation, not reviewed");
    expect(await mark(english[0].id).getAttribute("aria-label")).toBe("Imported translation, not reviewed");
    expect(await mark(english[0].id).getAttribute("role")).toBe("img");
    // Not colour alone: every state draws its own icon.
    const shapes = await Promise.all([0, 1, 2, 3].map((i) => mark(english[i].id).locator("path").getAttribute("d")));
    expect(new Set(shapes).size).toBe(4);
    // The paragraph's text is still exactly the stored text.
    expect(await reader.paragraphText(english[1].id)).toBe(english[1].text);

    const locked = reader.row(link.linkId!);
    expect(await locked.locator(".gutter .lock-mark").getAttribute("aria-label")).toBe("Confirmed by hand: re-aligning keeps this row");
    expect(await web.page.locator(".gutter .lock-mark").count()).toBe(1);
    expect(await web.page.locator(".review-share").textContent()).toBe(`Reviewed: 1 of ${english.length} English paragraphs (${number("en", 1 / english.length, "percent")})`);

    await reader.open(CHOIGOU_SLUG, "fr");
    expect(await mark(english[1].id).getAttribute("aria-label")).toBe("Relue");
    expect(await mark(english[3].id).getAttribute("aria-label")).toBe("Traduction automatique, non relue");
    expect(await web.page.locator(".review-share").textContent()).toBe(`Relus : 1 sur ${english.length} paragraphes anglais (${number("fr", 1 / english.length, "percent")})`);
  });

  it("sets a restored revision back to draft: the mark, the share and the library say so", async () => {
    const english = await choigouEnglish();
    const paragraph = english[6];
    await reader.open(CHOIGOU_SLUG, "en");
    const textarea = await reader.startEditing(paragraph.id);
    await textarea.fill(`${paragraph.text} Checked.`);
    await reader.editor(paragraph.id).locator("select").selectOption("reviewed");
    await textarea.press("Control+Enter");
    await reader.waitForVersion(paragraph.id, paragraph.version + 1);
    expect(await reader.paragraph("en", paragraph.id).locator(".review-mark").getAttribute("data-review")).toBe("reviewed");
    const reviewed = Number(await web.page.locator(".review-share").getAttribute("data-reviewed"));

    await reader.editable(paragraph.id).hover();
    await reader.editable(paragraph.id).locator('[data-action="history"]').click();
    await reader.editable(paragraph.id).locator('.revision[data-version="1"] [data-action="restore"]').click();
    await reader.waitForVersion(paragraph.id, paragraph.version + 2);
    expect(await reader.paragraphText(paragraph.id)).toBe(paragraph.text);
    expect(await reader.paragraph("en", paragraph.id).locator(".review-mark").getAttribute("data-review")).toBe("edited");
    expect(await web.page.locator(".review-share").getAttribute("data-reviewed")).toBe(String(reviewed - 1));
    expect((await web.app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).status).toBe("draft");
  });
});

describe("row filters", () => {
  it("lists only the rows to check, not reviewed, or flagged, with their row numbers in the document", async () => {
    const english = await choigouEnglish();
    await reader.open(CHOIGOU_SLUG, "en");
    const all = await reader.rowNumbers();
    const notReviewed = await web.page.locator("ol.rows > li.row").evaluateAll((rows) =>
      rows.filter((r) => [...r.querySelectorAll(".cell-en .review-mark")].some((m) => m.getAttribute("data-review") !== "reviewed")).map((r) => Number(r.getAttribute("data-row"))),
    );
    expect(notReviewed.length).toBeLessThan(all.length);
    await web.page.locator('.row-filter a[data-filter="unreviewed"]').click();
    await web.page.waitForURL(/\?show=unreviewed$/);
    expect(await reader.rowNumbers()).toEqual(notReviewed);
    expect(await web.page.locator('.row-filter a[aria-current="page"]').getAttribute("data-filter")).toBe("unreviewed");
    expect(await web.page.locator(".toolbar .window-position").textContent()).toBe(`Rows not reviewed: 1–${notReviewed.length} of ${notReviewed.length}`);
    // A row left out says so above the next one listed.
    const afterGap = notReviewed.find((n, i) => n !== (i ? notReviewed[i - 1] + 1 : 1));
    if (afterGap) expect(await web.page.locator(`#row-${afterGap}`).getAttribute("data-gap")).toMatch(/not listed$/);
    expect(english.length).toBeGreaterThan(0);

    await web.page.locator('.row-filter a[data-filter="check"]').click();
    await web.page.waitForURL(/\?show=check$/);
    expect(await web.page.locator("li.row:not([data-low-confidence])").count()).toBe(0);
    expect(await reader.rows.count()).toBe(1);

    await web.page.locator('.row-filter a[data-filter="all"]').click();
    await web.page.waitForURL(/\?from=1$/);
    expect(await reader.rowNumbers()).toEqual(all);
  });

  it("pages a filtered list of a long document by SQL, 200 rows at a time, in French", async () => {
    const unreviewed = longRows.flatMap((r, i) => (r.en.some((p) => p.status !== "reviewed") ? [i + 1] : []));
    expect(unreviewed.length).toBe(1_200);
    const html = await (await web.page.request.get(`${web.app.baseUrl}/fr/documents/${LONG_SLUG}?show=unreviewed&from=401`)).text();
    expect(html.match(/<li class="row"/g)).toHaveLength(200);
    await reader.openAt(LONG_SLUG, "?show=unreviewed&from=401", "fr");
    expect(await reader.rowNumbers()).toEqual(unreviewed.slice(400, 600));
    expect(await web.page.locator(".toolbar .window-position").textContent()).toBe(`Lignes non relues : 401 à 600 sur ${number("fr", 1_200)}`);
    await web.page.locator('.toolbar .window-nav a[data-window="next"]').click();
    await web.page.waitForURL(/show=unreviewed&from=601$/);
    expect((await reader.rowNumbers())[0]).toBe(601);

    const low = longRows.flatMap((r, i) => (r.linkId !== null && isLowConfidence(r.score) ? [i + 1] : []));
    await reader.openAt(LONG_SLUG, "?show=check", "fr");
    expect(await reader.rowNumbers()).toEqual(low);
    expect(await web.page.locator('.row-filter a[data-filter="check"]').getAttribute("data-count")).toBe(String(low.length));
    // Go to row N leaves the filter for the row's window.
    await reader.goToRow(low[3]);
    await web.page.waitForURL(new RegExp(`from=${windowStart(low[3])}#row-${low[3]}$`));
  });
});

describe("next and previous row to check, by key", () => {
  it("N and Shift+N go from row to check to row to check, F to the next flag, focusing the row", async () => {
    const low = longRows.flatMap((r, i) => (r.linkId !== null && isLowConfidence(r.score) ? [i + 1] : []));
    await reader.openAt(LONG_SLUG, "?from=1", "en");
    expect(await reader.markLink("next-check").getAttribute("aria-keyshortcuts")).toBe("N");
    expect(await reader.markLink("next-check").getAttribute("title")).toBe("Next to check › (key N)");
    await web.page.keyboard.press("n");
    await web.page.waitForFunction((n) => location.hash === `#row-${n}`, low[0]);
    expect(await web.page.evaluate(() => document.activeElement?.closest("li.row")?.getAttribute("data-row"))).toBe(String(low[0]));
    await web.page.keyboard.press("n");
    await web.page.waitForFunction((n) => location.hash === `#row-${n}`, low[1]);
    await web.page.keyboard.press("Shift+N");
    await web.page.waitForFunction((n) => location.hash === `#row-${n}`, low[0]);
    await web.page.keyboard.press("f");
    await web.page.waitForFunction(() => /^#row-\d+$/.test(location.hash) && document.querySelector(location.hash)?.hasAttribute("data-flags"));
    // Typing in a field is typing: no jump.
    const hash = new URL(web.page.url()).hash;
    await web.page.locator(".toolbar .go-to-row input").focus();
    await web.page.keyboard.press("n");
    expect(new URL(web.page.url()).hash).toBe(hash);
  });
});

describe("alignment changes", () => {
  it("shows a merge's result and its undo next to the row; the header offers undo only while there is one", async () => {
    await reader.open(CHOIGOU_SLUG, "fr");
    expect(await web.page.locator('[data-action="undo-alignment"]').count()).toBe(0);
    const before = await reader.rowTexts();
    const row = reader.rows.nth(2);
    await reader.rowAction(row, "merge");
    const note = web.page.locator("li.row .change-note");
    await note.waitFor();
    expect(await note.textContent()).toContain("Fusionnée avec la ligne suivante");
    expect(await web.page.locator("li.row", { has: web.page.locator(".change-note") }).getAttribute("data-row")).toBe("3");
    // The focus moves to the undo next to the row (the menu that made the change is gone).
    expect(await web.page.evaluate(() => document.activeElement?.closest(".change-note") !== null)).toBe(true);
    expect(await web.page.locator(".reader-header .last-change").textContent()).toContain("ligne 3");

    await web.page.keyboard.press("Enter");
    await web.page.waitForFunction((n) => document.querySelectorAll("ol.rows > li.row").length === n, before.length);
    const texts = (rows: { fr: string; en: string }[]) => rows.map((r) => [r.fr, r.en]);
    expect(texts(await reader.rowTexts())).toEqual(texts(before));
    await web.page.locator(".change-note").waitFor({ state: "detached" });
    expect(await web.page.locator('[data-action="undo-alignment"]').count()).toBe(0);
  });
});

describe("French typography at render time", () => {
  it("starts no line with » and splits no number at any width, the stored text unchanged", async () => {
    await web.page.setViewportSize({ width: 390, height: 844 });
    await reader.open(TYPO_SLUG, "fr");
    await reader.chooseViewMode("fr");
    const paragraph = web.page.locator(".cell-fr .para").first();
    const shown = (await paragraph.textContent())!;
    expect(shown.length).toBe(TYPO_TEXT.length);
    expect(shown).toContain("pas\u202F»");
    expect(shown).toContain("2\u202F800");
    const stored = await web.app.temp.db.sourceParagraph.findFirstOrThrow({ where: { document: { slug: TYPO_SLUG } } });
    expect(stored.text).toBe(TYPO_TEXT);

    const breaks: string[] = [];
    for (let width = 300; width <= 440; width += 7) {
      await web.page.setViewportSize({ width, height: 844 });
      const bad = await paragraph.evaluate((el) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const chars: { node: Text; i: number; c: string }[] = [];
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let i = 0; i < node.data.length; i++) chars.push({ node, i, c: node.data[i] });
        }
        const top = (k: number) => {
          const range = document.createRange();
          range.setStart(chars[k].node, chars[k].i);
          range.setEnd(chars[k].node, chars[k].i + 1);
          return range.getClientRects()[0]?.top ?? NaN;
        };
        for (let k = 1; k < chars.length; k++) {
          let prev = k - 1;
          while (prev > 0 && /\s/.test(chars[prev].c)) prev--;
          const newLine = top(k) > top(prev) + 2;
          if (newLine && /[»;:!?]/.test(chars[k].c)) found.push(`line starts with ${chars[k].c} at ${k}`);
          if (newLine && /\d/.test(chars[k].c) && /\d/.test(chars[prev].c)) found.push(`number split at ${k}`);
        }
        return found;
      });
      breaks.push(...bad.map((b) => `${width}px: ${b}`));
    }
    expect(breaks).toEqual([]);
  });
});

describe("phones", () => {
  it("offers side by side and alternating as one mode on a 390 px screen, in both languages", async () => {
    const phone = await web.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const tab = new ReaderPage(await phone.newPage(), web.app.baseUrl);
    await tab.open(CHOIGOU_SLUG, "en");
    const options = tab.page.locator(".view-switch .view-option");
    const visible = async () => (await options.evaluateAll((els) => els.filter((e) => e.getClientRects().length).map((e) => (e as HTMLElement).innerText))) as string[];
    expect(await visible()).toEqual(["Both", "French", "English", "Learner"]);
    // Alternating chosen on a wide screen (the cookie is shared) is shown as "both" here.
    await phone.addCookies([{ name: "reader_view", value: "alternate", url: web.app.baseUrl }]);
    await tab.page.reload();
    await tab.waitUntilInteractive();
    expect(await tab.viewMode()).toBe("side");
    expect(await tab.page.locator('.view-switch input[value="side"]').isChecked()).toBe(true);
    await tab.open(CHOIGOU_SLUG, "fr");
    expect(await visible()).toEqual(["Les deux", "Français", "Anglais", "Apprenant"]);
    await phone.close();

    // A wide screen keeps the five modes (learner mode included), and the alternating choice.
    await web.context.addCookies([{ name: "reader_view", value: "alternate", url: web.app.baseUrl }]);
    await reader.open(CHOIGOU_SLUG, "en");
    expect(await reader.viewMode()).toBe("alternate");
    expect(await web.page.locator(".view-switch .view-option").evaluateAll((els) => els.filter((e) => e.getClientRects().length).length)).toBe(5);
  });
});

describe("the library", () => {
  it("counts the reviewed paragraphs the reader shows", async () => {
    await reader.open(CHOIGOU_SLUG, "en");
    const reviewed = Number(await web.page.locator(".review-share").getAttribute("data-reviewed"));
    const english = Number(await web.page.locator(".review-share").getAttribute("data-english"));
    const library = await new LibraryPage(web.page, web.app.baseUrl).open("en");
    const percents = await library.card(CHOIGOU_SLUG).locator(".progress").evaluateAll((els) => els.map((e) => e.getAttribute("data-percent")));
    expect(percents).toContain(String(Math.round((reviewed / english) * 100)));
  });
});
