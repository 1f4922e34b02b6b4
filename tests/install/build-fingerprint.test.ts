import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildFingerprint } from "../../scripts/build-if-changed";

/**
 * Issue 18: `npm start` builds only when what goes into the build changed. A project in
 * miniature, changed one file at a time: the fingerprint must move for sources, the
 * lockfile, the configuration and NEXT_PUBLIC_ settings, and stay for everything else.
 */
let root: string;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "fingerprint-"));
  write("app/[locale]/page.tsx", "export default function Page() { return null; }\n");
  write("lib/text/fold.ts", "export const fold = (s: string) => s;\n");
  write("messages/fr.json", "{}\n");
  write("package-lock.json", '{"lockfileVersion":3}\n');
  write("next.config.js", "module.exports = {};\n");
  write("README.md", "# project\n");
  write("next-env.d.ts", "/// <reference types=\"next\" />\n");
  write("server.ts", "// serves the build\n");
  write("tests/a.test.ts", "it('x', () => undefined);\n");
  write("scripts/cmd.ts", "// a command\n");
  write("data/vis-a-vis.db", "SQLite");
  write(".next/BUILD_ID", "abc\n");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

it.each([
  ["a page", "app/[locale]/page.tsx"],
  ["a lib module", "lib/text/fold.ts"],
  ["the interface's messages", "messages/fr.json"],
  ["the lockfile", "package-lock.json"],
  ["the Next.js configuration", "next.config.js"],
  ["a new source file", "app/new.tsx"],
  ["an environment file", ".env.production"],
])("changes when %s changes", (_what, file) => {
  const before = buildFingerprint(root, {});
  write(file, `${fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file), "utf8") : ""}// changed\n`);
  expect(buildFingerprint(root, {})).not.toBe(before);
});

it.each([
  ["the README", "README.md"],
  ["a test", "tests/a.test.ts"],
  ["a command", "scripts/cmd.ts"],
  ["the database", "data/vis-a-vis.db"],
  ["the build itself", ".next/BUILD_ID"],
  ["next-env.d.ts, which the build writes", "next-env.d.ts"],
  ["server.ts, which serves the build", "server.ts"],
])("stays when %s changes", (_what, file) => {
  const before = buildFingerprint(root, {});
  write(file, "changed\n");
  expect(buildFingerprint(root, {})).toBe(before);
});

it("changes with the NEXT_PUBLIC_ settings, which the build writes into the pages, and only those", () => {
  const plain = buildFingerprint(root, { PORT: "3000" });
  expect(buildFingerprint(root, { PORT: "4000" })).toBe(plain);
  expect(buildFingerprint(root, { NEXT_PUBLIC_TITLE: "x" })).not.toBe(plain);
});

it("tells a renamed file from the same content elsewhere", () => {
  const before = buildFingerprint(root, {});
  fs.renameSync(path.join(root, "lib/text/fold.ts"), path.join(root, "lib/text/folding.ts"));
  expect(buildFingerprint(root, {})).not.toBe(before);
});
