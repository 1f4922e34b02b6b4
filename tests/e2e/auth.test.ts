import type { Browser, BrowserContext } from "playwright-core";
import { addAccount } from "../../lib/auth/accounts";
import { ACCOUNT_FAILURE_LIMIT } from "../../lib/auth/rate-limit";
import { SESSION_COOKIE } from "../../lib/auth/sessions";
import { launchBrowser, startApp, type RunningApp } from "./harness";
import { EditingPage } from "./pages/EditingPage";
import { SignInPage } from "./pages/SignInPage";
import { callAction } from "./server-actions";

jest.setTimeout(120_000);

const SLUG = "kim-soutien-inconditionnel-russie";
const PASSWORD = "correct horse battery";
const READER_PATH = `/en/documents/${SLUG}`;

let app: RunningApp;
let browser: Browser;
let contexts: BrowserContext[] = [];

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context;
}

/** A browser signed in as `name` (through the form), on the reader page. */
async function signedIn(name: string): Promise<{ context: BrowserContext; reader: EditingPage; account: SignInPage }> {
  const context = await newContext();
  const page = await context.newPage();
  const account = new SignInPage(page, app.baseUrl);
  await account.open("en", READER_PATH);
  await account.signIn(name, PASSWORD);
  const reader = new EditingPage(page, app.baseUrl);
  await reader.waitUntilInteractive();
  return { context, reader, account };
}

async function english(position: number) {
  const doc = await app.temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
  return app.temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position } });
}

/** The session cookie of a browser, as a Cookie header for direct calls. */
async function sessionHeader(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error("not signed in");
  return { cookie: `${cookie.name}=${cookie.value}` };
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

describe("before any account: the single-person reader, unchanged", () => {
  it("edits from this machine without signing in, offers no sign-in, and records the write as this machine's", async () => {
    const paragraph = await english(3);
    const reader = new EditingPage(await (await newContext()).newPage(), app.baseUrl);
    await reader.open(SLUG, "en");
    expect(await reader.page.locator("a.sign-in-link").count()).toBe(0);
    const textarea = await reader.startEditing(paragraph.id);
    await textarea.fill("Edited before anyone had an account.");
    await textarea.press("Control+Enter");
    await reader.waitForVersion(paragraph.id, 2);
    expect(await app.temp.db.revision.findFirstOrThrow({ where: { paragraphId: paragraph.id, version: 2 } })).toMatchObject({ actor: "local", userId: null });
  });
});

describe("once accounts exist", () => {
  beforeAll(async () => {
    // Added while the server runs, as `npm run user -- add` would: it notices at once.
    for (const [name, role] of [["Ada Admin", "admin"], ["Ed Editor", "editor"], ["Rita Reader", "reader"]] as const) {
      await addAccount(app.temp.db, { name, role, password: PASSWORD });
    }
  });

  it("this machine alone may no longer write: the page offers sign-in instead of Edit, and a direct save is refused", async () => {
    const paragraph = await english(4);
    const reader = new EditingPage(await (await newContext()).newPage(), app.baseUrl);
    await reader.open(SLUG, "en");
    await reader.page.locator("a.sign-in-link").waitFor();
    expect(await reader.page.locator(".editable").count()).toBe(0);
    const answer = await callAction(app.baseUrl, READER_PATH, "saveTranslationAction", [SLUG, { paragraphId: paragraph.id, expectedVersion: 1, text: "Anonymous." }]);
    expect(answer.text).toContain('"code":"forbidden"');
    expect(answer.text).toContain("Sign in to write");
    expect(await english(4)).toEqual(paragraph);
  });

  it("signs in (French page), comes back to the page it came from, and shows who is signed in", async () => {
    const context = await newContext();
    const account = new SignInPage(await context.newPage(), app.baseUrl);
    await account.open("fr", `/fr/documents/${SLUG}`);
    expect(await account.page.locator("h1").textContent()).toBe("Connexion");
    await account.signIn("ed editor", PASSWORD);
    expect(new URL(account.page.url()).pathname).toBe(`/fr/documents/${SLUG}`);
    expect(await account.signedInAs()).toBe("Ed Editor · éditeur");
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(cookie.expires * 1000).toBeGreaterThan(Date.now() + 13 * 24 * 3600 * 1000);
  });

  it("a wrong password is one line, in the page's language, and opens no session", async () => {
    const sessions = await app.temp.db.session.count();
    const account = new SignInPage(await (await newContext()).newPage(), app.baseUrl);
    await account.open("fr");
    await account.signIn("Ed Editor", "not the password");
    expect(await account.error.textContent()).toBe("Nom ou mot de passe erroné.");
    await account.open("en");
    await account.signIn("Nobody", PASSWORD);
    expect(await account.error.textContent()).toBe("Wrong name or password.");
    expect(await app.temp.db.session.count()).toBe(sessions);
  });

  it(`after ${ACCOUNT_FAILURE_LIMIT} failures the account is refused for a while, even with the right password`, async () => {
    await addAccount(app.temp.db, { name: "Target", role: "editor", password: PASSWORD });
    const account = new SignInPage(await (await newContext()).newPage(), app.baseUrl);
    await account.open("en");
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
      await account.signIn("target", `wrong password ${i}`);
      expect(await account.error.textContent()).toBe("Wrong name or password.");
    }
    await account.signIn("target", PASSWORD);
    expect(await account.error.textContent()).toBe("Too many failed attempts for this account: try again in 15 minutes.");
    expect(await app.temp.db.session.count({ where: { user: { name: "Target" } } })).toBe(0);
  });

  it("a reader reads but cannot edit: no Edit control, and a forged save is refused", async () => {
    const { context, reader, account } = await signedIn("Rita Reader");
    expect(await account.signedInAs()).toBe("Rita Reader · reader");
    expect(await reader.page.locator(".editable").count()).toBe(0);
    const paragraph = await english(5);
    const answer = await callAction(app.baseUrl, READER_PATH, "saveTranslationAction", [SLUG, { paragraphId: paragraph.id, expectedVersion: 1, text: "By a reader." }], { headers: await sessionHeader(context) });
    expect(answer.text).toContain('"code":"forbidden","message":"Rita Reader (reader) may not edit translations');
    expect(await english(5)).toEqual(paragraph);
    // Export stays open to readers.
    const download = await context.request.get(`${app.baseUrl}/api/export?doc=${SLUG}&format=tsv`);
    expect(download.status()).toBe(200);
  });

  it("an editor edits, and the paragraph's history names them", async () => {
    const { reader } = await signedIn("Ed Editor");
    const paragraph = await english(6);
    const textarea = await reader.startEditing(paragraph.id);
    await textarea.fill("Corrected by a named editor.");
    await textarea.press("Control+Enter");
    await reader.waitForVersion(paragraph.id, 2);
    await reader.editable(paragraph.id).hover();
    await reader.editable(paragraph.id).locator('[data-action="history"]').click();
    const newest = reader.editable(paragraph.id).locator(".revision").first();
    await newest.waitFor();
    expect(await newest.locator(".revision-author").textContent()).toBe("by Ed Editor");
    expect(await reader.editable(paragraph.id).locator(".revision").nth(1).locator(".revision-author").textContent()).toBe("by the command line");
  });

  it("an editor cannot manage people: no People link, the page says who may, the action is refused", async () => {
    const { context, reader } = await signedIn("Ed Editor");
    expect(await reader.page.locator('.account-menu a[href$="/admin/people"]').count()).toBe(0);
    await reader.page.goto(`${app.baseUrl}/en/admin/people`);
    expect(await reader.page.locator(".people-forbidden").textContent()).toBe("Managing people needs an admin signed in.");
    const form = new FormData();
    form.append("action", "role");
    form.append("id", String((await app.temp.db.user.findUniqueOrThrow({ where: { nameKey: "ed editor" } })).id));
    form.append("role", "admin");
    const answer = await callAction(app.baseUrl, "/en/admin/people", "peopleAction", [{ status: "idle" }, form], { headers: await sessionHeader(context) });
    expect(answer.text).toContain('"status":"forbidden"');
    expect(await app.temp.db.user.findUniqueOrThrow({ where: { nameKey: "ed editor" } })).toMatchObject({ role: "editor" });
  });

  it("an admin adds a person (password made up and shown once), changes a role, disables an account, which signs it out", async () => {
    const victim = await signedIn("Ed Editor");
    const { reader } = await signedIn("Ada Admin");
    const page = reader.page;
    await page.locator('.account-menu a[href$="/admin/people"]').click();
    await page.locator("table.people-table").waitFor();

    const add = page.locator('form.people-add');
    await add.locator('input[name="name"]').fill("Nadia New");
    await add.locator('select[name="role"]').selectOption("editor");
    await add.locator("button[type=submit]").click();
    const shown = await add.locator(".shown-password").textContent();
    const password = /shown this once: (\S+)$/.exec(shown ?? "")?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await app.temp.db.user.findUniqueOrThrow({ where: { nameKey: "nadia new" } })).toMatchObject({ role: "editor", disabledAt: null });

    await page.reload();
    const nadia = page.locator('tr[data-account="Nadia New"]');
    await nadia.locator('form[data-action="role"] select').selectOption("reader");
    await nadia.locator('form[data-action="role"] button').click();
    await nadia.locator('form[data-action="role"] [role="status"]').filter({ hasText: "Saved." }).waitFor();
    expect(await app.temp.db.user.findUniqueOrThrow({ where: { nameKey: "nadia new" } })).toMatchObject({ role: "reader" });

    const ed = page.locator('tr[data-account="Ed Editor"]');
    await ed.locator('form[data-action="disable"] button').click();
    await page.locator('tr[data-account="Ed Editor"][data-disabled]').waitFor();
    await victim.reader.page.reload();
    await victim.account.signInLink.waitFor();
    expect(await victim.reader.page.locator(".editable").count()).toBe(0);
    await victim.account.open("en");
    await victim.account.signIn("Ed Editor", PASSWORD);
    expect(await victim.account.error.textContent()).toBe("This account is disabled: ask an admin.");
  });

  it("signing out ends the session in the database; the page no longer offers editing", async () => {
    await addAccount(app.temp.db, { name: "Olga Out", role: "editor", password: PASSWORD });
    const { context, reader, account } = await signedIn("Olga Out");
    await reader.page.locator(".editable").first().waitFor({ state: "attached" });
    const headers = await sessionHeader(context);
    await account.signOut();
    expect(await reader.page.locator(".editable").count()).toBe(0);
    expect(await app.temp.db.session.count({ where: { user: { name: "Olga Out" } } })).toBe(0);
    // The old cookie, replayed, no longer writes.
    const paragraph = await english(7);
    const answer = await callAction(app.baseUrl, READER_PATH, "saveTranslationAction", [SLUG, { paragraphId: paragraph.id, expectedVersion: 1, text: "Replayed." }], { headers });
    expect(answer.text).toContain("Sign in to write");
  });

  it("an expired session is no session: the page shows sign-in again", async () => {
    await addAccount(app.temp.db, { name: "Eve Expired", role: "editor", password: PASSWORD });
    const { reader, account } = await signedIn("Eve Expired");
    expect(await account.signedInAs()).toBe("Eve Expired · editor");
    await app.temp.db.session.updateMany({ where: { user: { name: "Eve Expired" } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await reader.page.reload();
    await account.signInLink.waitFor();
    expect(await account.signedInAs()).toBeNull();
    expect(await reader.page.locator(".editable").count()).toBe(0);
  });
});
