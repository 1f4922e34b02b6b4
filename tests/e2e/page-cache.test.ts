import { startApp, type RunningApp } from "./harness";

/**
 * The reader's page cache (server.ts, app/server/page-cache.ts): a page asked again is served
 * from memory, yet every write — from another process too — shows at the next request.
 */

jest.setTimeout(120_000);

const SLUG = "kim-soutien-inconditionnel-russie";
const HEADER = "x-vis-a-vis-page-cache";
let app: RunningApp;
beforeAll(async () => (app = await startApp()));
afterAll(() => app?.stop());

/**
 * Asks for the page until it comes from the cache: after a write the page is rendered
 * again, and the document's glossary check that follows (in the background) moves its
 * version once more.
 */
async function settled(path: string) {
  for (let tries = 0; tries < 20; tries++) {
    if ((await get(path)).hit) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function get(path: string, cookie?: string) {
  const response = await fetch(`${app.baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, hit: response.headers.get(HEADER) === "hit", html: await response.text() };
}

it("serves a page again from memory, and a page changed by any writer fresh", async () => {
  const page = `/en/documents/${SLUG}`;
  const first = await get(page);
  expect(first).toMatchObject({ status: 200, hit: false });
  const again = await get(page);
  expect(again.hit).toBe(true);
  expect(again.html).toBe(first.html);

  // Another view mode (a cookie) is another page.
  expect((await get(page, "reader_view=fr")).hit).toBe(false);
  expect((await get(page, "reader_view=fr")).hit).toBe(true);

  // A write through another connection (as another process would) is seen at once.
  const doc = await app.temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
  const paragraph = await app.temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position: 3 } });
  await app.temp.db.targetParagraph.update({ where: { id: paragraph.id }, data: { text: "A sentence written elsewhere.", version: { increment: 1 } } });
  const edited = await get(page);
  expect(edited.hit).toBe(false);
  expect(edited.html).toContain("A sentence written elsewhere.");

  // So is a glossary change, which every page's tooltips depend on.
  expect(await settled(page)).toBe(true);
  await app.temp.db.glossaryEntry.update({ where: { fr: "Pyongyang" }, data: { note: "Capital of North Korea (edited)." } });
  const glossed = await get(page);
  expect(glossed.hit).toBe(false);
  expect(glossed.html).toContain("Capital of North Korea (edited).");
});

it("never keeps another page: the library, a missing document, a request for the React payload", async () => {
  await get("/en");
  expect((await get("/en")).hit).toBe(false);
  expect((await get("/en/documents/no-such-document")).status).toBe(404);
  const payload = await fetch(`${app.baseUrl}/en/documents/${SLUG}`, { headers: { rsc: "1" } });
  expect(payload.headers.get(HEADER)).toBeNull();
});
