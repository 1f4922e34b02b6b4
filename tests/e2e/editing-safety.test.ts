import Database from "better-sqlite3";
import type { Browser, BrowserContext, Route } from "playwright-core";
import { launchBrowser, startApp, type RunningApp } from "./harness";
import { EditingPage } from "./pages/EditingPage";

jest.setTimeout(120_000);

/**
 * Nothing typed in the editor is lost: not by a save that fails (network down, the server
 * failing, the database busy), nor by Escape, a link, or closing the tab without a word.
 */
const SLUG = "kim-soutien-inconditionnel-russie";

let app: RunningApp;
let browser: Browser;
let contexts: BrowserContext[] = [];

async function newReader(locale: "fr" | "en" = "en"): Promise<EditingPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const reader = new EditingPage(await context.newPage(), app.baseUrl);
  await reader.open(SLUG, locale);
  return reader;
}

async function english(position: number) {
  const doc = await app.temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
  return app.temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position } });
}

/** Server actions are POSTs to the page with a Next-Action header. */
const isAction = (route: Route) => route.request().method() === "POST" && route.request().headers()["next-action"] !== undefined;

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

/**
 * Types `text` into a paragraph's editor and saves while every server action is answered by
 * `answer` (aborted, or an error page); checks that the text stays, with `message`, that
 * nothing was saved, then lets actions through again and saves with Try again.
 */
async function saveThatFails(locale: "fr" | "en", position: number, text: string, answer: (route: Route) => Promise<void>, message: string) {
  const paragraph = await english(position);
  const reader = await newReader(locale);
  const textarea = await reader.startEditing(paragraph.id);
  await reader.page.route("**/*", (route) => (isAction(route) ? answer(route) : route.continue()));
  await textarea.fill(text);
  await textarea.press("Control+Enter");
  const alert = reader.editor(paragraph.id).locator('[role="alert"]');
  await alert.waitFor();
  expect(await alert.textContent()).toContain(message);
  expect(await textarea.inputValue()).toBe(text);
  expect((await app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).version).toBe(1);
  // The page itself is still there: no error page in place of the reader.
  expect(await reader.rows.count()).toBeGreaterThan(10);

  await reader.page.unrouteAll();
  await alert.locator('[data-action="retry"]').click();
  await reader.waitForVersion(paragraph.id, 2);
  expect(await reader.paragraphText(paragraph.id)).toBe(text);
}

describe("a save that fails keeps the typed text, says why, and can be tried again", () => {
  it("when the server cannot be reached", async () => {
    await saveThatFails("en", 4, "Typed while the connection was down.", (route) => route.abort("connectionrefused"), "The save did not go through");
  });

  it("when the server answers with an error (the action threw), in French", async () => {
    const error = (route: Route) => route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" });
    await saveThatFails("fr", 5, "Tapé pendant une panne du serveur.", error, "L’enregistrement n’a pas abouti");
  });

  it("when another process holds the database's write lock past the wait", async () => {
    if (app.temp.provider !== "sqlite") return;
    const paragraph = await english(6);
    const reader = await newReader("en");
    const textarea = await reader.startEditing(paragraph.id);
    await textarea.fill("Saved once the import let go of the lock.");
    // As a long import would: a write lock held by another connection, in another process's stead.
    const other = new Database(app.temp.url.replace(/^file:/, ""));
    other.pragma("busy_timeout = 5000");
    other.prepare("BEGIN IMMEDIATE").run();
    try {
      await textarea.press("Control+Enter");
      const alert = reader.editor(paragraph.id).locator('[role="alert"]');
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.textContent()).toContain("The database is busy");
      expect(await textarea.inputValue()).toBe("Saved once the import let go of the lock.");
    } finally {
      other.prepare("ROLLBACK").run();
      other.close();
    }
    await reader.editor(paragraph.id).locator('[data-action="retry"]').click();
    await reader.waitForVersion(paragraph.id, 2);
    expect((await app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).text).toBe("Saved once the import let go of the lock.");
  });
});

describe("unsaved text is never thrown away without asking", () => {
  it("Escape asks before discarding a changed text, and closes at once when nothing changed", async () => {
    const paragraph = await english(7);
    const reader = await newReader("en");
    let textarea = await reader.startEditing(paragraph.id);
    await textarea.press("Escape");
    await reader.editable(paragraph.id).waitFor();

    textarea = await reader.startEditing(paragraph.id);
    await textarea.fill("Half-written sentence");
    await textarea.press("Escape");
    const dialog = reader.page.locator("dialog.confirm-dialog[open]");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Throw away your changes to this paragraph?");
    await dialog.locator('[data-answer="keep"]').click();
    await dialog.waitFor({ state: "hidden" });
    expect(await textarea.inputValue()).toBe("Half-written sentence");

    await textarea.press("Escape");
    await dialog.locator('[data-answer="discard"]').click();
    await reader.editable(paragraph.id).waitFor();
    expect(await reader.paragraphText(paragraph.id)).toBe(paragraph.text);
    expect((await app.temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraph.id } })).version).toBe(1);
  });

  it("following “← Library” asks first; staying keeps the text, leaving goes", async () => {
    const paragraph = await english(8);
    const reader = await newReader("fr");
    const textarea = await reader.startEditing(paragraph.id);
    await textarea.fill("Une phrase à moitié écrite");
    await reader.page.locator(".reader-header a.back").click();
    const dialog = reader.page.locator("dialog.confirm-dialog[open]");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Quitter la page et les perdre ?");
    await dialog.locator('[data-answer="keep"]').click();
    expect(reader.page.url()).toContain(`/documents/${SLUG}`);
    expect(await textarea.inputValue()).toBe("Une phrase à moitié écrite");

    await reader.page.locator(".reader-header a.back").click();
    await dialog.locator('[data-answer="discard"]').click();
    await reader.page.waitForURL(/\/fr$/);
  });

  it("closing the tab or reloading asks the browser's question", async () => {
    const paragraph = await english(9);
    const reader = await newReader("en");
    const textarea = await reader.startEditing(paragraph.id);
    await textarea.fill("Typed, then the tab was closed");
    const asked = reader.page.waitForEvent("dialog");
    await reader.page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.dismiss();
    expect(reader.page.isClosed()).toBe(false);
    expect(await textarea.inputValue()).toBe("Typed, then the tab was closed");
  });

  it("keeps a draft open when the rows are drawn again (an alignment change of its own row)", async () => {
    const paragraph = await english(10);
    const reader = await newReader("en");
    const textarea = await reader.startEditing(paragraph.id);
    await textarea.fill("Still here after the merge");
    const row = reader.page.locator("li.row", { has: reader.editor(paragraph.id) });
    const linkId = await row.getAttribute("data-link-id");
    await reader.rowAction(row, "merge");
    await reader.page.locator(`li.row[data-link-id]:not([data-link-id="${linkId}"])`, { has: reader.editor(paragraph.id) }).waitFor();
    expect(await reader.editor(paragraph.id).locator("textarea").inputValue()).toBe("Still here after the merge");
  });
});
