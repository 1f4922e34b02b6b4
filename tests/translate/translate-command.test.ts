import { execFile } from "node:child_process";
import path from "node:path";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { FakeDeeplServer } from "../helpers/fake-deepl-server";
import { ROOT } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { ARTICLE, createFrenchDocument, saveGlossary, SENT_TEXTS } from "./fixtures";

jest.setTimeout(60_000);

let temp: TempDb;
let server: FakeDeeplServer;

beforeAll(async () => {
  temp = await createTempDb();
  server = await FakeDeeplServer.start();
  await saveGlossary(temp.db);
  await createFrenchDocument(temp.db);
});
afterAll(async () => {
  await server.stop();
  await temp.close();
});

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run translate -- …` as a user runs it. Asynchronous (unlike tests/helpers/run-script.ts)
 * because the fake DeepL server answers from this very process.
 */
function translateCli(args: string[], env: Record<string, string | undefined> = {}): Promise<Result> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: temp.url, NO_COLOR: "1", DEEPL_AUTH_KEY: undefined, DEEPL_SERVER_URL: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  return new Promise((resolve) => {
    execFile(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", "translate.ts"), ...args], { cwd: ROOT, env: childEnv, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const withKey = (key = server.authKey) => ({ DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url });

describe("npm run translate", () => {
  it("without a key: one line naming DEEPL_AUTH_KEY, exit 1, nothing touched", async () => {
    const before = await snapshotDatabase(temp.db);
    const result = await translateCli(["--doc", ARTICLE.slug]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("error: DEEPL_AUTH_KEY is not set: set it to a DeepL API key to translate 5 paragraphs (nothing was changed)\n");
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("refuses a run without --doc or --all, and an unknown document", async () => {
    expect(await translateCli([])).toEqual({ status: 1, stdout: "", stderr: "error: give either --doc SLUG or --all (see --help)\n" });
    expect(await translateCli(["--doc"])).toEqual({ status: 1, stdout: "", stderr: "error: option '--doc <slug>' argument missing (see --help)\n" });
    const unknown = await translateCli(["--doc", "nope"], withKey());
    expect(unknown).toMatchObject({ status: 1, stderr: "error: --doc nope: no document with this slug\n" });
  });

  it("--dry-run prints the characters to send and the quota left, and writes nothing", async () => {
    server.characterCount = 12_000;
    const before = await snapshotDatabase(temp.db);
    const result = await translateCli(["--all", "--dry-run"], withKey());
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const characters = SENT_TEXTS.join("").length;
    expect(result.stdout).toBe(
      `${ARTICLE.slug}: 5 paragraphs to send to DeepL (${characters} characters)\n` +
        `dry run: ${characters} characters would be sent to DeepL (en-GB); 488000 of 500000 characters left this billing period\n`,
    );
    expect(await snapshotDatabase(temp.db)).toEqual(before);
  });

  it("403: one clear line, exit 1", async () => {
    const result = await translateCli(["--doc", ARTICLE.slug], withKey("bad-key"));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("error: DeepL refused the key (HTTP 403): check DEEPL_AUTH_KEY (and DEEPL_SERVER_URL); nothing was translated\n");
  });

  it("456 part-way: one line, exit 1; the next run finishes without sending anything twice", async () => {
    server.characterCount = 0;
    server.characterLimit = SENT_TEXTS.slice(0, 2).join("").length;
    const stopped = await translateCli(["--doc", ARTICLE.slug, "--batch-size", "2", "--target", "en-US"], withKey());
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toBe(
      "error: DeepL: the character quota of this billing period is used up (HTTP 456); the 2 paragraphs translated before it are stored; run again to continue\n",
    );
    expect(await temp.db.targetParagraph.count()).toBe(2);

    server.characterLimit = 500_000;
    const done = await translateCli(["--doc", ARTICLE.slug, "--batch-size", "2", "--target", "en-US"], withKey());
    expect(done.stderr).toBe("");
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(new RegExp(`^${ARTICLE.slug}: 0 from memory, 3 from DeepL \\(\\d+ characters\\), 1 credit line copied unchanged\nDeepL glossary reused \\(7 entries\\)\n$`));
    expect(server.translatedTexts()).toEqual(SENT_TEXTS);
    expect(server.translateRequests().every((r) => r.params.get("target_lang") === "en-US")).toBe(true);
    expect(await temp.db.targetParagraph.count({ where: { origin: "deepl", status: "machine" } })).toBe(5);
    expect(await temp.db.targetParagraph.count({ where: { origin: "imported", status: "machine", text: "KCNA VIA KNS/AFP" } })).toBe(1);
  });

  it("--help describes the command", async () => {
    const result = await translateCli(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--dry-run/);
    expect(result.stdout).toMatch(/--target <lang>/);
  });
});
