import { spawnSync } from "node:child_process";
import path from "node:path";
import { startApp, type RunningApp } from "./harness";
import { callActionAs, send as sendTo } from "./server-actions";
import { appServerCommand } from "../support/app-server";
import { freePort } from "../support/free-port";
import { E2E_DIST_DIR, ROOT } from "./paths";

/**
 * Requests a hostile page or program can send to the production server on loopback, sent
 * raw so that Host and Origin are what a browser would put there: a page of another site
 * whose name resolves to 127.0.0.1 (DNS rebinding) sends Host and Origin of that site.
 * Server actions are called as React's client calls them (encodeReply, Next-Action).
 */

jest.setTimeout(90_000);

let app: RunningApp;
let port: number;

const SLUG = "kim-soutien-inconditionnel-russie";
const EXTRA_HOST = "reader.test";
const callAction = (page: string, name: string, args: unknown[], site: { host: string; origin?: string }) => callActionAs(port, page, name, args, site);
const send = (method: string, url: string, headers: Record<string, string>, body?: Buffer) => sendTo(port, method, url, headers, body);

const local = () => ({ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` });
const rebound = () => ({ host: `attacker.example:${port}`, origin: `http://attacker.example:${port}` });

async function englishParagraph(position: number) {
  const doc = await app.temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
  return app.temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position } });
}

const glossaryForm = (fields: Record<string, string | File>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
};

beforeAll(async () => {
  app = await startApp(undefined, { ALLOWED_HOSTS: EXTRA_HOST });
  port = Number(new URL(app.baseUrl).port);
});
afterAll(() => app?.stop());

describe("DNS rebinding: writes only for the server's own host names", () => {
  it("a save from a page of attacker.example is refused with 403 and writes nothing; from 127.0.0.1 it saves", async () => {
    const paragraph = await englishParagraph(3);
    const edit = { paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "Rewritten by another site." };
    const page = `/en/documents/${SLUG}`;

    const refused = await callAction(page, "saveTranslationAction", [SLUG, edit], rebound());
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text).error).toMatch(/^writes are accepted only for this server's own names \(localhost, 127\.0\.0\.1, \[::1\], reader\.test; ALLOWED_HOSTS adds others\), not for Host "attacker\.example:\d+"$/);
    expect(await englishParagraph(3)).toEqual(paragraph);

    // The same request, from the server's own page, goes through: the refusal above is about the host alone.
    const saved = await callAction(page, "saveTranslationAction", [SLUG, { ...edit, text: "Corrected here." }], local());
    expect(saved.status).toBe(200);
    expect(saved.text).toContain('"ok":true');
    expect(await englishParagraph(3)).toMatchObject({ text: "Corrected here.", version: paragraph.version + 1 });
  });

  it("creating a glossary entry from attacker.example is refused; a name added to ALLOWED_HOSTS may write", async () => {
    const entry = { action: "createEntry", kind: "place", fr: "Vladivostok", en: "Vladivostok" };
    const refused = await callAction("/en/glossary", "glossaryAction", [{ status: "idle" }, glossaryForm(entry)], rebound());
    expect(refused.status).toBe(403);
    expect(await app.temp.db.glossaryEntry.count({ where: { fr: "Vladivostok" } })).toBe(0);

    const allowed = await callAction("/en/glossary", "glossaryAction", [{ status: "idle" }, glossaryForm(entry)], {
      host: `${EXTRA_HOST}:${port}`,
      origin: `http://${EXTRA_HOST}:${port}`,
    });
    expect(allowed.status).toBe(200);
    expect(allowed.text).toContain('"status":"ok"');
    expect(await app.temp.db.glossaryEntry.count({ where: { fr: "Vladivostok" } })).toBe(1);
  });

  it("a cross-origin server action (our Host, another site's Origin) gets 403, not 500", async () => {
    const paragraph = await englishParagraph(5);
    const edit = { paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "Cross-site." };
    for (const origin of ["http://evil.example", `http://localhost:${port + 1}`, "null"]) {
      const answer = await callAction(`/en/documents/${SLUG}`, "saveTranslationAction", [SLUG, edit], { host: `127.0.0.1:${port}`, origin });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.text).error).toBe(`cross-origin write refused: the page at ${origin} is not this server's (127.0.0.1:${port})`);
    }
    expect(await englishParagraph(5)).toEqual(paragraph);
  });
});

describe("malformed arguments get an answer naming them, never a 500", () => {
  it("a server action given a slug that is an object, or ids that are not ids", async () => {
    const paragraph = await englishParagraph(6);
    const page = `/en/documents/${SLUG}`;
    const cases: [string, unknown[], string][] = [
      // In the page's language: an argument the page labels by its label, any other by its name and path.
      ["saveTranslationAction", [{ $ne: 1 }, { paragraphId: paragraph.id, expectedVersion: 1, text: "x" }], "Slug: not valid."],
      ["saveTranslationAction", [SLUG, { paragraphId: 1e20, expectedVersion: 1, text: "x" }], "edit.paragraphId: not valid."],
      ["saveTranslationAction", [SLUG, "not an edit"], "edit: not valid."],
      ["restoreRevisionAction", [SLUG, { paragraphId: "7", revisionId: 1, expectedVersion: 1 }], "input.paragraphId: not valid."],
      ["restoreRevisionAction", [SLUG, null], "input: not valid."],
      ["editAlignmentAction", [["x"], { op: "merge" }], "Slug: not valid."],
      ["undoAlignmentAction", [12], "Slug: not valid."],
    ];
    for (const [name, args, message] of cases) {
      const answer = await callAction(page, name, args, local());
      expect([name, answer.status]).toEqual([name, 200]);
      expect(answer.text).toContain('"code":"invalid"');
      expect(answer.text).toContain(`"message":"${message}`);
    }
    expect(await englishParagraph(6)).toEqual(paragraph);
  });

  it("the glossary action given something other than its form", async () => {
    const answer = await callAction("/en/glossary", "glossaryAction", [{ status: "idle" }, { action: "deleteEntry", id: 1 }], local());
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(`"status":"error","error":"form: expected the glossary page's form fields"`);
  });

  it("a glossary upload of a TBX with an external entity, or nested too deep, answers with a message", async () => {
    const before = await app.temp.db.glossaryEntry.count();
    const uploads: [string, string, string][] = [
      ["xxe.tbx", `<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tbx><text><body/></text></tbx>`, "xxe.tbx: line 2: <!ENTITY> declarations are not accepted"],
      ["deep.tbx", `<tbx><text><body>\n${"<a>".repeat(50_000)}${"</a>".repeat(50_000)}</body></text></tbx>`, "deep.tbx: line 2: elements nested more than 100 levels deep"],
      ["latin1.csv", "kind,fr,en\nplace,Br\xe9sil,Brazil\n", "latin1.csv: invalid UTF-8 on line 2"],
    ];
    for (const [name, content, message] of uploads) {
      const bytes = name.endsWith(".csv") ? Buffer.from(content, "latin1") : Buffer.from(content);
      const form = glossaryForm({ action: "importFile", file: new File([bytes], name) });
      const answer = await callAction("/en/glossary", "glossaryAction", [{ status: "idle" }, form], local());
      expect([name, answer.status]).toEqual([name, 200]);
      expect(answer.text).toContain(`"status":"error","error":"${message}`);
    }
    expect(await app.temp.db.glossaryEntry.count()).toBe(before);
  });

  it("the revisions route: 400 for an id that cannot be one, 404 for one that is not there", async () => {
    const paragraph = await englishParagraph(2);
    const get = (id: string, slug = SLUG) => send("GET", `/api/documents/${slug}/paragraphs/${id}/revisions`, { host: `127.0.0.1:${port}` });
    const huge = await get("99999999999999999999");
    expect(huge.status).toBe(400);
    expect(JSON.parse(huge.text)).toEqual({ error: "paragraphId: not a paragraph id (a positive whole number)" });
    expect((await get("-3")).status).toBe(400);
    expect((await get("3000000000")).status).toBe(400);
    expect((await get("2147483647")).status).toBe(404);
    expect((await get(String(paragraph.id), "no-such-document")).status).toBe(404);
    const listed = await get(String(paragraph.id));
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.text)[0]).toMatchObject({ version: 1, text: paragraph.text });
  });
});

describe("settings", () => {
  it("a bad ALLOWED_HOSTS entry stops the server at start-up with one line", async () => {
    const server = appServerCommand(await freePort());
    const result = spawnSync(server.command, server.args, {
      cwd: ROOT,
      env: { ...process.env, ...server.env, NEXT_DIST_DIR: E2E_DIST_DIR, DATABASE_URL: app.temp.url, ALLOWED_HOSTS: "reader.test, http://x/" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('error: ALLOWED_HOSTS: "http://x/" is not a host name or address (write names such as reader.example.org or 192.168.1.20, separated by commas)');
  });
});
