import { addAccount, setDisabled } from "../../lib/auth/accounts";
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, ATTEMPT_WINDOW_MS } from "../../lib/auth/rate-limit";
import { endSession, SESSION_LIFETIME_MS, sessionUser, tokenHash } from "../../lib/auth/sessions";
import { signIn, type SignInResult } from "../../lib/auth/sign-in";
import { createTempDb, type TempDb } from "../helpers/temp-db";

const PASSWORD = "correct horse battery";
const HERE = "192.0.2.10";
let temp: TempDb;
let clock: number;
/** A moment `ms` after the test's start: sign-ins happen in order, on a clock the test moves. */
const at = (ms = 0) => new Date(clock + ms);

const attempt = (name: string, password: string, address = HERE, when = at()) => signIn(temp.db, { name, password, address }, when);
const token = (result: SignInResult) => {
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.token;
};

beforeEach(async () => {
  temp = await createTempDb();
  clock = Date.now();
  await addAccount(temp.db, { name: "Claire", role: "editor", password: PASSWORD });
});
afterEach(() => temp.close());

describe("signing in", () => {
  it("opens a session stored as a hash of its token, with an expiry", async () => {
    const result = await attempt("claire", PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { name: "Claire", role: "editor" } });
    const session = await temp.db.session.findFirstOrThrow();
    expect(session.tokenHash).toBe(tokenHash(token(result)));
    expect(session.tokenHash).not.toContain(token(result));
    expect(session.expiresAt.getTime()).toBe(at().getTime() + SESSION_LIFETIME_MS);
    expect(await sessionUser(temp.db, token(result), at())).toMatchObject({ name: "Claire" });
    expect((await temp.db.user.findFirstOrThrow()).lastSignInAt).toEqual(at());
  });

  it("gives one answer for a wrong password and an unknown name, and opens no session", async () => {
    expect(await attempt("claire", "wrong password!")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("nobody", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("claire", "")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("claire", "x".repeat(100_000))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(temp.db, { name: 42, password: null, address: HERE })).toEqual({ ok: false, reason: "invalid" });
    expect(await temp.db.session.count()).toBe(0);
  });

  it("refuses a disabled account even with the right password", async () => {
    await addAccount(temp.db, { name: "admin", role: "admin", password: PASSWORD });
    await setDisabled(temp.db, (await temp.db.user.findUniqueOrThrow({ where: { nameKey: "claire" } })).id, true);
    expect(await attempt("Claire", PASSWORD)).toEqual({ ok: false, reason: "disabled" });
    expect(await temp.db.session.count()).toBe(0);
  });

  it("expires: a session past its lifetime is no session", async () => {
    const t = token(await attempt("claire", PASSWORD));
    expect(await sessionUser(temp.db, t, at(SESSION_LIFETIME_MS - 1000))).not.toBeNull();
    expect(await sessionUser(temp.db, t, at(SESSION_LIFETIME_MS))).toBeNull();
    // The next sign-in clears it away.
    await attempt("claire", PASSWORD, HERE, at(SESSION_LIFETIME_MS + 1));
    expect(await temp.db.session.count()).toBe(1);
  });

  it("signing out ends that session only", async () => {
    const first = token(await attempt("claire", PASSWORD));
    const second = token(await attempt("claire", PASSWORD));
    await endSession(temp.db, first);
    expect(await sessionUser(temp.db, first)).toBeNull();
    expect(await sessionUser(temp.db, second)).toMatchObject({ name: "Claire" });
    expect(await sessionUser(temp.db, "not-a-token")).toBeNull();
  });
});

describe("sign-in rate limits, stored in the database", () => {
  it(`refuses an account after ${ACCOUNT_FAILURE_LIMIT} failures, right password or not, until the window has passed`, async () => {
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) expect(await attempt("claire", `wrong password ${i}`, HERE, at(i))).toMatchObject({ reason: "invalid" });
    const limited = await attempt("claire", PASSWORD, "198.51.100.7", at(10));
    expect(limited).toMatchObject({ ok: false, reason: "limited", scope: "account" });
    expect(limited.ok === false && limited.reason === "limited" && limited.retryAfterMs).toBeGreaterThan(ATTEMPT_WINDOW_MS - 60_000);
    expect(await temp.db.session.count()).toBe(0);
    // Other accounts are not held up.
    await addAccount(temp.db, { name: "zoe", role: "editor", password: PASSWORD });
    expect(await attempt("zoe", PASSWORD, HERE, at(20))).toMatchObject({ ok: true });
    // Once the window has passed since the failures (and the refused attempt), the right password works.
    expect(await attempt("claire", PASSWORD, HERE, at(ATTEMPT_WINDOW_MS + 11))).toMatchObject({ ok: true });
  });

  it("a success forgives the account's earlier failures", async () => {
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) await attempt("claire", "wrong password!", HERE, at(i));
    expect(await attempt("claire", PASSWORD, HERE, at(10))).toMatchObject({ ok: true });
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) await attempt("claire", "wrong password!", HERE, at(20 + i));
    expect(await attempt("claire", PASSWORD, HERE, at(30))).toMatchObject({ ok: true });
  });

  it(`refuses an address after ${ADDRESS_FAILURE_LIMIT} failures over any names`, async () => {
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) await attempt(`guess${i}`, "wrong password!", HERE, at(i));
    expect(await attempt("claire", PASSWORD, HERE, at(100))).toMatchObject({ ok: false, reason: "limited", scope: "address" });
    expect(await attempt("claire", PASSWORD, "198.51.100.7", at(101))).toMatchObject({ ok: true });
  });

  it("a burst of simultaneous guesses cannot slip past the limit together", async () => {
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt("claire", `guess ${i} password`)));
    expect(burst.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(ACCOUNT_FAILURE_LIMIT);
    expect(burst.filter((r) => !r.ok && r.reason === "limited")).toHaveLength(12 - ACCOUNT_FAILURE_LIMIT);
  });

  it("forgets attempts after a day", async () => {
    await attempt("claire", "wrong password!", HERE, at());
    await attempt("claire", PASSWORD, HERE, at(25 * 3600 * 1000));
    expect(await temp.db.signInAttempt.count()).toBe(1);
  });
});
