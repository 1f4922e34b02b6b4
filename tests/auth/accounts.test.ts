import { accountsExist, addAccount, findAccount, listAccounts, resetPassword, setDisabled, setRole } from "../../lib/auth/accounts";
import { createSession, sessionUser } from "../../lib/auth/sessions";
import { createTempDb, type TempDb } from "../helpers/temp-db";

const PASSWORD = "correct horse battery";
let temp: TempDb;

beforeEach(async () => {
  temp = await createTempDb();
});
afterEach(() => temp.close());

describe("accounts", () => {
  it("are made with a role and a hashed password; the name is found in any letter case", async () => {
    expect(await accountsExist(temp.db)).toBe(false);
    const claire = await addAccount(temp.db, { name: "  Claire Dubois ", role: "editor", password: PASSWORD });
    expect(claire).toMatchObject({ name: "Claire Dubois", role: "editor", disabled: false, lastSignInAt: null });
    expect(await accountsExist(temp.db)).toBe(true);
    expect((await findAccount(temp.db, "claire dubois")).id).toBe(claire.id);
    const stored = await temp.db.user.findUniqueOrThrow({ where: { id: claire.id } });
    // argon2id, parameters inside, never the password itself.
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
    expect((await listAccounts(temp.db)).map((a) => a.name)).toEqual(["Claire Dubois"]);
  });

  it("refuse a taken name, a bad name, an unknown role and a short password, writing nothing", async () => {
    await addAccount(temp.db, { name: "claire", role: "admin", password: PASSWORD });
    await expect(addAccount(temp.db, { name: "CLAIRE", role: "editor", password: PASSWORD })).rejects.toThrow(expect.objectContaining({ code: "alreadyExists", message: 'name "claire": an account by this name exists already' }));
    await expect(addAccount(temp.db, { name: "", role: "editor", password: PASSWORD })).rejects.toThrow("name: must not be empty");
    await expect(addAccount(temp.db, { name: "a\u202eb", role: "editor", password: PASSWORD })).rejects.toThrow(/^name ".*": may hold only letters/);
    await expect(addAccount(temp.db, { name: "x".repeat(65), role: "editor", password: PASSWORD })).rejects.toThrow("name: at most 64 characters");
    await expect(addAccount(temp.db, { name: "bob", role: "boss", password: PASSWORD })).rejects.toThrow('role "boss": not a role (reader, editor, admin)');
    await expect(addAccount(temp.db, { name: "bob", role: "editor", password: "too short" })).rejects.toThrow("password: at least 12 characters (this one has 9)");
    expect(await temp.db.user.count()).toBe(1);
  });

  it("always keep one enabled admin", async () => {
    const first = await addAccount(temp.db, { name: "first", role: "admin", password: PASSWORD });
    await expect(setRole(temp.db, first.id, "editor")).rejects.toThrow("first is the only enabled admin: make another account admin before you make first editor");
    await expect(setDisabled(temp.db, first.id, true)).rejects.toThrow("first is the only enabled admin");
    const second = await addAccount(temp.db, { name: "second", role: "editor", password: PASSWORD });
    await setRole(temp.db, second.id, "admin");
    expect(await setRole(temp.db, first.id, "reader")).toMatchObject({ role: "reader" });
    await expect(setDisabled(temp.db, second.id, true)).rejects.toThrow("second is the only enabled admin");
  });

  it("two admins demoting each other at once leave one admin (account changes wait for each other)", async () => {
    const a = await addAccount(temp.db, { name: "anna", role: "admin", password: PASSWORD });
    const b = await addAccount(temp.db, { name: "ben", role: "admin", password: PASSWORD });
    const results = await Promise.allSettled([setRole(temp.db, a.id, "editor"), setRole(temp.db, b.id, "editor")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await temp.db.user.count({ where: { role: "admin" } })).toBe(1);
  });

  it("disabling ends the account's sessions; enabling lets it sign in again, not the old sessions", async () => {
    await addAccount(temp.db, { name: "admin", role: "admin", password: PASSWORD });
    const editor = await addAccount(temp.db, { name: "ed", role: "editor", password: PASSWORD });
    const { token } = await createSession(temp.db, editor.id);
    expect(await sessionUser(temp.db, token)).toMatchObject({ name: "ed", role: "editor" });
    expect(await setDisabled(temp.db, editor.id, true)).toMatchObject({ disabled: true });
    expect(await sessionUser(temp.db, token)).toBeNull();
    expect(await temp.db.session.count({ where: { userId: editor.id } })).toBe(0);
    expect(await setDisabled(temp.db, editor.id, false)).toMatchObject({ disabled: false });
    expect(await sessionUser(temp.db, token)).toBeNull();
  });

  it("a new role holds at once in existing sessions; a password reset ends them", async () => {
    await addAccount(temp.db, { name: "admin", role: "admin", password: PASSWORD });
    const ed = await addAccount(temp.db, { name: "ed", role: "editor", password: PASSWORD });
    const { token } = await createSession(temp.db, ed.id);
    await setRole(temp.db, ed.id, "reader");
    expect(await sessionUser(temp.db, token)).toMatchObject({ role: "reader" });
    const before = (await temp.db.user.findUniqueOrThrow({ where: { id: ed.id } })).passwordHash;
    await resetPassword(temp.db, ed.id, "another long password");
    expect((await temp.db.user.findUniqueOrThrow({ where: { id: ed.id } })).passwordHash).not.toBe(before);
    expect(await sessionUser(temp.db, token)).toBeNull();
    await expect(resetPassword(temp.db, ed.id, "short")).rejects.toThrow("password: at least 12 characters");
    await expect(resetPassword(temp.db, 9999, PASSWORD)).rejects.toThrow(expect.objectContaining({ code: "notFound", message: "account 9999: no such account" }));
  });
});
