import { PEER_ADDRESS_HEADER } from "../../lib/security/peer-address";
import { startApp, startServer, type RunningApp, type RunningServer } from "./harness";
import { encodeActionCall, send } from "./server-actions";

/**
 * The client's address reaches the app only as server.ts stamps it from the socket
 * (lib/security/peer-address.ts). A client that writes the header itself is never
 * believed: under server.ts its claim is replaced, and under `next start`, where nothing
 * stamps requests, the address is unknown, so this machine's writes without an account
 * or token are refused rather than granted to whoever claims to be 127.0.0.1.
 */

jest.setTimeout(120_000);

const SLUG = "kim-soutien-inconditionnel-russie";

let app: RunningApp;
let plain: RunningServer;

beforeAll(async () => {
  app = await startApp();
  plain = await startServer(app.temp, {}, "next start");
});
afterAll(async () => {
  await plain?.stop();
  await app?.stop();
});

/** A server action call from the server's own page, with a peer header the client wrote. */
async function callForged(baseUrl: string, page: string, name: string, args: unknown[], forged: string) {
  const url = new URL(baseUrl);
  const call = await encodeActionCall(name, args);
  const headers = { ...call.headers, host: url.host, origin: baseUrl, [PEER_ADDRESS_HEADER]: forged };
  return send(Number(url.port), "POST", page, headers, call.body);
}

/** The address the sign-in rate limit recorded for a failed attempt under `name`. */
async function signInAddress(baseUrl: string, name: string, forged: string): Promise<string> {
  const form = new FormData();
  form.append("name", name);
  form.append("password", "not the password");
  const answer = await callForged(baseUrl, "/en/sign-in", "signInAction", [{ status: "idle" }, form], forged);
  expect(answer.status).toBe(200);
  return (await app.temp.db.signInAttempt.findFirstOrThrow({ where: { nameKey: name } })).address;
}

async function englishParagraph(position: number) {
  const doc = await app.temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
  return app.temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: doc.id, position } });
}

it("server.ts replaces a forged peer header with the socket's address", async () => {
  // The socket is loopback too: the forged value differs, so that keeping it would show.
  expect(await signInAddress(app.baseUrl, "nobody-via-server-ts", "203.0.113.9")).toBe("127.0.0.1");
});

it("under next start a forged header counts for nothing: the address is unknown and this machine may not write", async () => {
  expect(await signInAddress(plain.baseUrl, "nobody-via-next-start", "127.0.0.1")).toBe("unknown");
  const paragraph = await englishParagraph(4);
  const edit = { paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "Written by whoever claimed to be 127.0.0.1." };
  const refused = await callForged(plain.baseUrl, `/en/documents/${SLUG}`, "saveTranslationAction", [SLUG, edit], "127.0.0.1");
  expect(refused.status).toBe(200);
  expect(refused.text).toContain('"code":"forbidden"');
  expect(await englishParagraph(4)).toEqual(paragraph);

  // The same save through server.ts, from this machine: written, so the refusal above is the missing stamp's.
  const saved = await callForged(app.baseUrl, `/en/documents/${SLUG}`, "saveTranslationAction", [SLUG, edit], "203.0.113.9");
  expect(saved.text).toContain('"ok":true');
  expect(await englishParagraph(4)).toMatchObject({ text: edit.text, version: paragraph.version + 1 });
});
