import type { Browser, BrowserContext } from "playwright-core";
import { alignDocument } from "../../lib/align/align-document";
import { launchBrowser, startApp, type RunningApp } from "./harness";
import { EditingPage } from "./pages/EditingPage";

jest.setTimeout(90_000);

const SLUG = "kim-soutien-inconditionnel-russie";

let app: RunningApp;
let browser: Browser;
let contexts: BrowserContext[] = [];

async function newReader(target: RunningApp = app): Promise<EditingPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const reader = new EditingPage(await context.newPage(), target.baseUrl);
  await reader.open(SLUG, "en");
  return reader;
}

/** An English paragraph of the sample by position, with what the page needs to find it. */
async function english(position: number, target: RunningApp = app) {
  const doc = await target.temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
  return target.temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position } });
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});
afterEach(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  contexts = [];
});

describe("correcting a translation", () => {
  it("edits in place, saves with Ctrl+Enter, keeps the text after a reload, and restores from the history", async () => {
    const paragraph = await english(4);
    const reader = await newReader();
    const textarea = await reader.startEditing(paragraph.id);
    expect(await textarea.inputValue()).toBe(paragraph.text);
    await textarea.fill("Kim received Sergei Shoigu in Pyongyang on Wednesday.");
    await textarea.press("Control+Enter");
    await reader.waitForVersion(paragraph.id, 2);

    await reader.page.reload();
    await reader.waitUntilInteractive();
    expect(await reader.paragraphText(paragraph.id)).toBe("Kim received Sergei Shoigu in Pyongyang on Wednesday.");
    const stored = await app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } });
    expect(stored).toMatchObject({ version: 2, origin: "edited" });

    await reader.editable(paragraph.id).hover();
    await reader.editable(paragraph.id).locator('[data-action="history"]').click();
    const revisions = reader.editable(paragraph.id).locator(".revision");
    await revisions.nth(1).waitFor();
    expect(await revisions.count()).toBe(2);
    expect(await revisions.first().locator("del").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("secretary")]));
    await revisions.nth(1).locator('[data-action="restore"]').click();
    await reader.waitForVersion(paragraph.id, 3);
    expect(await reader.paragraphText(paragraph.id)).toBe(paragraph.text);
    expect(await app.temp.db.revision.count({ where: { paragraphId: paragraph.id } })).toBe(3);
  });

  it("can be reached by keyboard alone: focus the English cell, → through its sentences and names to Edit, Enter", async () => {
    const paragraph = await english(6);
    const reader = await newReader();
    await reader.paragraph("en", paragraph.id).locator("xpath=ancestor::div[contains(@class,'cell-en')]").focus();
    // → goes through the paragraph's sentences and glossary names (none a tab stop), then reaches its Edit control.
    const names = await reader.paragraph("en", paragraph.id).locator(".term, .sent[data-pair]").count();
    for (let i = 0; i <= names; i++) await reader.page.keyboard.press("ArrowRight");
    expect(await reader.page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe("edit");
    await reader.page.keyboard.press("Enter");
    const textarea = reader.editor(paragraph.id).locator("textarea");
    await textarea.waitFor();
    expect(await textarea.evaluate((el) => el === document.activeElement)).toBe(true);
    await reader.page.keyboard.press("Escape");
    await reader.editable(paragraph.id).waitFor();
    // Focus goes back to the paragraph's cell, not to the top of the page.
    expect(await reader.page.evaluate(() => document.activeElement?.classList.contains("cell-en"))).toBe(true);
  });

  it("refuses an empty text in the interface's language, and saves nothing", async () => {
    const paragraph = await english(9);
    const reader = await newReader();
    await reader.open(SLUG, "fr");
    const textarea = await reader.startEditing(paragraph.id);
    await textarea.fill("   ");
    await textarea.press("Control+Enter");
    const alert = reader.editor(paragraph.id).locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain("cochez « Pas de traduction »");
    expect((await app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).version).toBe(1);
  });

  it("cancels with Escape without saving, once the person agrees to lose the change", async () => {
    const paragraph = await english(7);
    const reader = await newReader();
    const textarea = await reader.startEditing(paragraph.id);
    await textarea.fill("Something else entirely.");
    await textarea.press("Escape");
    await reader.answerDiscard("discard");
    await reader.editable(paragraph.id).waitFor();
    expect(await reader.paragraphText(paragraph.id)).toBe(paragraph.text);
    expect((await app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).version).toBe(1);
  });

  it("refuses a save based on a stale version and keeps the person's text in the editor", async () => {
    const paragraph = await english(8);
    const [first, second] = [await newReader(), await newReader()];
    const mine = await first.startEditing(paragraph.id);
    const theirs = await second.startEditing(paragraph.id);
    await theirs.fill("Their version, saved first.");
    await theirs.press("Control+Enter");
    await second.waitForVersion(paragraph.id, 2);

    await mine.fill("My version, based on the old text.");
    await mine.press("Control+Enter");
    const editor = first.editor(paragraph.id);
    await editor.locator('[role="alert"]').waitFor();
    expect(await mine.inputValue()).toBe("My version, based on the old text.");
    expect(await editor.locator(".editor-conflict blockquote").textContent()).toBe("Their version, saved first.");
    expect((await app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).text).toBe("Their version, saved first.");

    await editor.locator(".editor-conflict button").click();
    await first.waitForVersion(paragraph.id, 3);
    expect(await first.paragraphText(paragraph.id)).toBe("My version, based on the old text.");
  });
});

describe("fixing the alignment", () => {
  it("merges a row with the next, keeps it through re-aligning, splits it, and undoes", async () => {
    const reader = await newReader();
    const before = await reader.rowTexts();
    const index = before.findIndex((r) => r.fr.startsWith("Quelque 600 soldats"));
    expect(index).toBeGreaterThan(0);
    const row = reader.rows.nth(index);
    await reader.rowAction(row, "merge");
    await reader.page.waitForFunction((n) => document.querySelectorAll("ol.rows > li.row").length === n, before.length - 1);
    const merged = (await reader.rowTexts())[index];
    expect(merged.fr).toBe(`${before[index].fr}\n\n${before[index + 1].fr}`);
    expect(await reader.rows.nth(index).getAttribute("data-locked")).toBe("true");

    // The aligner runs again (as `npm run align` would): the locked row stays as drawn.
    await alignDocument(app.temp.db, SLUG);
    await reader.page.reload();
    await reader.waitUntilInteractive();
    const realigned = await reader.rowTexts();
    expect(realigned.find((r) => r.linkId === merged.linkId)).toEqual(merged);

    const row2 = reader.row(merged.linkId!);
    const secondFrench = await row2.locator(".cell-fr [data-paragraph-id]").nth(1).getAttribute("data-paragraph-id");
    await reader.rowAction(row2, `split-fr-${secondFrench}`);
    await reader.page.waitForFunction((n) => document.querySelectorAll("ol.rows > li.row").length === n, realigned.length + 1);
    const split = await reader.rowTexts();
    const at = split.findIndex((r) => r.fr === before[index].fr);
    expect(split[at + 1].fr).toBe(before[index + 1].fr);

    // The split is noted next to the rows it made, with its undo.
    const note = reader.rows.nth(at).locator(".change-note");
    expect(await note.textContent()).toContain("Split into this row and the next");
    expect(await reader.rows.nth(at + 1).getAttribute("data-changed")).toBe("true");
    await note.locator('[data-action="undo-alignment"]').click();
    await reader.page.waitForFunction((n) => document.querySelectorAll("ol.rows > li.row").length === n, realigned.length);
    expect((await reader.rowTexts()).some((r) => r.fr === merged.fr)).toBe(true);
  });
});

describe("closing writes with EDITOR_TOKEN", () => {
  it("offers no editing without the token, and editing with it", async () => {
    const guarded = await startApp(undefined, { EDITOR_TOKEN: "let-me-edit-please" });
    try {
      const paragraph = await english(3, guarded);
      const reader = await newReader(guarded);
      await reader.paragraph("en", paragraph.id).hover();
      expect(await reader.page.locator('[data-action="edit"], .row-tools, [data-action="undo-alignment"]').count()).toBe(0);

      await reader.page.context().addCookies([{ name: "editor_token", value: "let-me-edit-please", url: guarded.baseUrl }]);
      await reader.page.reload();
      await reader.waitUntilInteractive();
      const textarea = await reader.startEditing(paragraph.id);
      await textarea.fill("Saved with the token.");
      await textarea.press("Control+Enter");
      await reader.waitForVersion(paragraph.id, 2);
      expect((await guarded.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).text).toBe("Saved with the token.");
    } finally {
      await guarded.stop();
    }
  });
});

describe("downloads and glossary flags in the pages", () => {
  it("downloads the document as TMX from the reader, with its file name", async () => {
    const reader = await newReader();
    await reader.page.locator(".reader-actions .export-menu > summary").click();
    const [download] = await Promise.all([
      reader.page.waitForEvent("download"),
      reader.page.locator('.reader-actions .export-menu a[data-format="tmx"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SLUG}.tmx`);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    const tmx = Buffer.concat(chunks).toString("utf8");
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toContain("Kim Jong Un promet le");
  });

  it("marks the pair whose English lacks a glossary name, and counts it in the library", async () => {
    const reader = await newReader();
    // The sample has one flag of its own ("selon KCNA" became "the agency added"); the
    // edits of the tests above may have added more (one dropped every name it had).
    const labels = await reader.page.locator("li.row[data-flags] .glossary-flag").evaluateAll((marks) => marks.map((m) => m.getAttribute("aria-label")));
    expect(labels.some((label) => label?.includes("“KCNA”"))).toBe(true);
    const flags = await reader.page.locator("li.row[data-flags]").evaluateAll((rows) => rows.reduce((n, r) => n + Number(r.getAttribute("data-flags")), 0));
    await reader.page.goto(`${app.baseUrl}/en`);
    expect(await reader.page.locator(`.document-card[data-slug="${SLUG}"] [data-glossary-flags]`).getAttribute("data-glossary-flags")).toBe(String(flags));
  });
});
