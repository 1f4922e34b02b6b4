import type { Browser, BrowserContext } from "playwright-core";
import { addAccount } from "../../lib/auth/accounts";
import { alignAll } from "../../lib/align/align-document";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { SESSION_COOKIE } from "../../lib/auth/sessions";
import { launchBrowser, startApp, startServer, type RunningApp, type RunningServer } from "./harness";
import { EditingPage } from "./pages/EditingPage";
import { SignInPage } from "./pages/SignInPage";
import { callAction } from "./server-actions";

/**
 * Two app servers (server.ts) on one database, as behind a load balancer: run on SQLite
 * (`browser`) and on PostgreSQL (`browser-postgres`, where several app servers are the
 * point). Nothing a server keeps in memory may outlive a write made through the other.
 */

jest.setTimeout(120_000);

const SLUG = "kim-soutien-inconditionnel-russie";
const PASSWORD = "correct horse battery";

let one: RunningApp;
let two: RunningServer;
let browser: Browser;
let contexts: BrowserContext[] = [];

/** A browser that signed in on server one. Cookies are per host, not port: the same browser is signed in on server two. */
async function signedInBrowser(name: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const account = new SignInPage(await context.newPage(), one.baseUrl);
  await account.open("en");
  await account.signIn(name, PASSWORD);
  return context;
}

async function readerOn(context: BrowserContext, server: { baseUrl: string }): Promise<EditingPage> {
  const reader = new EditingPage(await context.newPage(), server.baseUrl);
  await reader.open(SLUG, "en");
  return reader;
}

async function english(position: number) {
  const doc = await one.temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
  return one.temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position } });
}

const page = async (server: { baseUrl: string }, path: string, headers: Record<string, string> = {}) => (await fetch(`${server.baseUrl}${path}`, { headers })).text();

beforeAll(async () => {
  one = await startApp(async (temp) => {
    await loadSampleCorpus(temp.db);
    await alignAll(temp.db);
    await addAccount(temp.db, { name: "Ed Editor", role: "editor", password: PASSWORD });
    await addAccount(temp.db, { name: "Eva Editor", role: "editor", password: PASSWORD });
  });
  [two, browser] = await Promise.all([startServer(one.temp), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await two?.stop();
  await one?.stop();
});
afterEach(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  contexts = [];
});

describe("two app servers on one database", () => {
  it("a session made on one holds on the other, and signing out on the other ends it on both", async () => {
    const context = await signedInBrowser("Ed Editor");
    const onTwo = await readerOn(context, two);
    expect(await onTwo.page.locator(".account-name").textContent()).toBe("Ed Editor · editor");
    expect(await onTwo.page.locator(".editable").count()).toBeGreaterThan(0);
    await new SignInPage(onTwo.page, two.baseUrl).signOut();
    const onOne = await readerOn(context, one);
    await onOne.page.locator("a.sign-in-link").waitFor();
    expect(await onOne.page.locator(".editable").count()).toBe(0);
  });

  it("an edit saved through one server is what the other serves at once, with its author", async () => {
    const paragraph = await english(3);
    // Server two renders the page first, so whatever it keeps from that is now stale.
    expect(await page(two, `/en/documents/${SLUG}`)).not.toContain("Saved through server one");
    const reader = await readerOn(await signedInBrowser("Ed Editor"), one);
    const textarea = await reader.startEditing(paragraph.id);
    await textarea.fill("Saved through server one, read through server two.");
    await textarea.press("Control+Enter");
    await reader.waitForVersion(paragraph.id, 2);

    expect(await page(two, `/en/documents/${SLUG}`)).toContain("Saved through server one, read through server two.");
    const history = JSON.parse(await page(two, `/api/documents/${SLUG}/paragraphs/${paragraph.id}/revisions`));
    expect(history[0]).toMatchObject({ version: 2, text: "Saved through server one, read through server two.", author: { kind: "user", name: "Ed Editor" } });
  });

  it("a stale edit is refused across servers, and the person's text stays in their editor", async () => {
    const paragraph = await english(8);
    const mine = await readerOn(await signedInBrowser("Ed Editor"), one);
    const theirs = await readerOn(await signedInBrowser("Eva Editor"), two);
    const myText = await mine.startEditing(paragraph.id);
    const theirText = await theirs.startEditing(paragraph.id);
    await theirText.fill("Eva's version, saved first through server two.");
    await theirText.press("Control+Enter");
    await theirs.waitForVersion(paragraph.id, 2);

    await myText.fill("Ed's version, based on the old text, through server one.");
    await myText.press("Control+Enter");
    const editor = mine.editor(paragraph.id);
    await editor.locator('[role="alert"]').waitFor();
    expect(await editor.locator(".editor-conflict blockquote").textContent()).toBe("Eva's version, saved first through server two.");
    expect(await myText.inputValue()).toBe("Ed's version, based on the old text, through server one.");
    const revisions = await one.temp.db.revision.findMany({ where: { paragraphId: paragraph.id }, orderBy: { version: "asc" }, include: { user: true } });
    expect(revisions.map((r) => [r.version, r.user?.name ?? r.actor])).toEqual([
      [1, "command"],
      [2, "Eva Editor"],
    ]);
  });

  it("the glossary cached by one server follows a change made through the other", async () => {
    // Server two loads the glossary (and caches it by the glossary version).
    expect(await page(two, `/en/documents/${SLUG}`)).not.toContain("soutien inconditionnel</span>");
    const context = await signedInBrowser("Ed Editor");
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
    const form = new FormData();
    for (const [key, value] of Object.entries({ action: "createEntry", kind: "other", fr: "soutien inconditionnel", en: "unconditional support" })) form.append(key, value);
    const answer = await callAction(one.baseUrl, "/en/glossary", "glossaryAction", [{ status: "idle" }, form], { headers: { cookie: `${cookie.name}=${cookie.value}` } });
    expect(answer.text).toContain('"status":"ok"');
    const entry = await one.temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "soutien inconditionnel" } });

    const html = await page(two, `/en/documents/${SLUG}`);
    expect(html).toMatch(new RegExp(`data-entry-id="${entry.id}"[^>]*>soutien inconditionnel</span>`));
    expect(await page(two, "/en/glossary?q=inconditionnel")).toContain("unconditional support");
    expect(await one.temp.db.glossaryChange.findFirstOrThrow({ where: { entryId: entry.id }, include: { user: true } })).toMatchObject({ action: "createEntry", user: { name: "Ed Editor" } });
  });
});
