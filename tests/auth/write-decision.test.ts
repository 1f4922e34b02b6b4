import type { Role } from "../../lib/auth/roles";
import { decideWrite, SIGN_IN_MESSAGE, type WriteIdentity } from "../../lib/security/write-access";

/** A request from the reader's own page, as a browser on this machine sends it. */
const own = { host: "localhost:3000", origin: "http://localhost:3000" };
const local = { ...own, remoteAddress: "127.0.0.1" };
const remote = { ...own, remoteAddress: "203.0.113.9" };
const noAccounts: WriteIdentity = { user: null, accountsExist: false };
const anonymous: WriteIdentity = { user: null, accountsExist: true };
const as = (role: Role): WriteIdentity => ({ user: { id: 7, name: "Claire", role }, accountsExist: true });
const TOKEN = { EDITOR_TOKEN: "s3cret-token" };

describe("who may write, once accounts exist", () => {
  it("with no account at all: today's default, unchanged (this machine, or the token)", () => {
    expect(decideWrite(local, noAccounts, "edit", {})).toEqual({ ok: true, actor: { kind: "local" } });
    expect(decideWrite(local, noAccounts, "glossaryImport", {})).toEqual({ ok: true, actor: { kind: "local" } });
    expect(decideWrite(remote, noAccounts, "edit", {})).toMatchObject({ ok: false, reason: expect.stringMatching(/^Editing is closed/) });
    expect(decideWrite({ ...remote, token: "s3cret-token" }, noAccounts, "edit", TOKEN)).toEqual({ ok: true, actor: { kind: "token" } });
    expect(decideWrite(local, noAccounts, "edit", TOKEN)).toMatchObject({ ok: false });
  });

  it("people are managed from the command line until the first admin exists", () => {
    expect(decideWrite(local, noAccounts, "people", {})).toEqual({ ok: false, reason: "No account exists yet: add the first admin with `npm run user -- add NAME --role admin`." });
  });

  it("loopback alone no longer writes: a signed-in account or the token does", () => {
    expect(decideWrite(local, anonymous, "edit", {})).toEqual({ ok: false, reason: SIGN_IN_MESSAGE });
    expect(decideWrite({ ...remote, token: "s3cret-token" }, anonymous, "align", TOKEN)).toEqual({ ok: true, actor: { kind: "token" } });
    expect(decideWrite({ ...local, token: "wrong" }, anonymous, "edit", TOKEN)).toEqual({ ok: false, reason: SIGN_IN_MESSAGE });
    expect(decideWrite(remote, as("editor"), "edit", {})).toEqual({ ok: true, actor: { kind: "user", userId: 7 } });
  });

  it("a reader reads only; an editor edits, aligns, imports and changes entries; an admin also imports glossaries and manages people", () => {
    for (const permission of ["edit", "align", "import", "glossary", "glossaryImport", "people"] as const) {
      expect(decideWrite(remote, as("reader"), permission, {})).toMatchObject({ ok: false });
      expect(decideWrite(remote, as("admin"), permission, {})).toEqual({ ok: true, actor: { kind: "user", userId: 7 } });
    }
    expect(decideWrite(remote, as("reader"), "edit", {})).toEqual({ ok: false, reason: "Claire (reader) may not edit translations: that needs the editor role, which an admin can give." });
    for (const permission of ["edit", "align", "import", "glossary"] as const) expect(decideWrite(remote, as("editor"), permission, {})).toMatchObject({ ok: true });
    expect(decideWrite(remote, as("editor"), "people", {})).toEqual({ ok: false, reason: "Claire (editor) may not manage people: that needs the admin role, which an admin can give." });
    expect(decideWrite(remote, as("editor"), "glossaryImport", {})).toMatchObject({ ok: false, reason: expect.stringContaining("may not import glossary files") });
  });

  it("the token writes for scripts but never manages people; a signed-in person writes as themselves", () => {
    const withToken = { ...remote, token: "s3cret-token" };
    expect(decideWrite(withToken, anonymous, "people", TOKEN)).toEqual({ ok: false, reason: "Managing people needs an admin signed in." });
    expect(decideWrite(withToken, as("reader"), "edit", TOKEN)).toEqual({ ok: true, actor: { kind: "token" } });
    expect(decideWrite(withToken, as("editor"), "edit", TOKEN)).toEqual({ ok: true, actor: { kind: "user", userId: 7 } });
  });

  it("the host check comes first, even for an admin", () => {
    const rebound = { host: "attacker.example:3000", origin: "http://attacker.example:3000", remoteAddress: "127.0.0.1" };
    expect(decideWrite(rebound, as("admin"), "edit", {})).toMatchObject({ ok: false, reason: expect.stringContaining("not for Host") });
    expect(decideWrite({ ...own, origin: "http://evil.example" }, as("admin"), "people", {})).toMatchObject({ ok: false, reason: expect.stringContaining("cross-origin write refused") });
  });
});
