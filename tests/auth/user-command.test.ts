import { sessionUser } from "../../lib/auth/sessions";
import { signIn } from "../../lib/auth/sign-in";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(60_000);

let temp: TempDb;
const user = (args: string[], input?: string) => runScript("user", args, { DATABASE_URL: temp.url }, input);
const PASSWORD = "correct horse battery staple";
const signInAs = (name: string, password: string) => signIn(temp.db, { name, password, address: "127.0.0.1" });

beforeAll(async () => {
  temp = await createTempDb();
});
afterAll(() => temp.close());

describe("npm run user", () => {
  it("adds the first admin with the password from standard input, never echoing it", async () => {
    const result = user(["add", "Claire", "--role", "admin"], `${PASSWORD}\n`);
    expect(result).toMatchObject({ status: 0, stdout: "added Claire (admin)\n", stderr: "" });
    expect(await signInAs("claire", PASSWORD)).toMatchObject({ ok: true, user: { name: "Claire", role: "admin" } });
  });

  it("makes up a password when asked, and prints it once", async () => {
    const result = user(["add", "Zoé Martin", "--role", "editor", "--generate-password"]);
    expect(result.status).toBe(0);
    const [added, shown] = result.stdout.trim().split("\n");
    expect(added).toBe("added Zoé Martin (editor)");
    const password = shown.replace(/^password: /, "");
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await signInAs("zoé martin", password)).toMatchObject({ ok: true });
  });

  it("lists, changes roles, disables and enables, sets a new password (ending sessions)", async () => {
    expect(user(["list"]).stdout).toMatch(/^Claire \(admin\)  last signed in \d{4}-.*\nZoé Martin \(editor\)  last signed in \d{4}-/);
    expect(JSON.parse(user(["list", "--json"]).stdout).map((a: { name: string; role: string }) => [a.name, a.role])).toEqual([
      ["Claire", "admin"],
      ["Zoé Martin", "editor"],
    ]);
    expect(user(["role", "ZOÉ MARTIN", "reader"])).toMatchObject({ status: 0, stdout: "Zoé Martin (reader)\n" });
    expect(user(["disable", "zoé martin"])).toMatchObject({ status: 0, stdout: "Zoé Martin (reader, disabled)\n" });
    expect(await signInAs("zoé martin", "whatever it was")).toMatchObject({ ok: false });
    expect(user(["enable", "zoé martin"]).stdout).toBe("Zoé Martin (reader)\n");
    const session = await signInAs("claire", PASSWORD);
    expect(user(["password", "claire"], "a brand new password\n")).toMatchObject({ status: 0, stdout: "new password set for Claire (admin); signed out everywhere\n" });
    expect(await sessionUser(temp.db, session.ok ? session.token : "")).toBeNull();
    expect(await signInAs("claire", "a brand new password")).toMatchObject({ ok: true });
  });

  it.each([
    [["add", "bob", "--role", "editor"], "short\n", /^error: password: at least 12 characters \(this one has 5\)$/],
    [["add", "bob", "--role", "editor"], "", /^error: password: standard input is empty/],
    [["add", "bob", "--role", "boss"], `${PASSWORD}\n`, /^error: option '--role <role>' argument 'boss' is invalid\. Allowed choices are reader, editor, admin\. \(see --help\)$/],
    [["add", "claire", "--role", "editor"], `${PASSWORD}\n`, /^error: name Claire: an account by this name exists already$/],
    [["role", "nobody", "admin"], undefined, /^error: nobody: no account by that name \(npm run user -- list\)$/],
    [["role", "claire", "editor"], undefined, /^error: Claire is the only enabled admin: make another account admin before you make Claire editor$/],
    [["disable", "claire"], undefined, /^error: Claire is the only enabled admin/],
    [[], undefined, /^error: say what to do: add, list, role, disable, enable or password/],
  ])("refuses %j with one line, changing nothing", async (args, input, message) => {
    const before = await temp.db.user.findMany({ orderBy: { id: "asc" } });
    const result = user(args as string[], input);
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
    expect(await temp.db.user.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
