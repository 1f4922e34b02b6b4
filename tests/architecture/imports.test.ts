import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";

/**
 * The rules of ARCHITECTURE.md, checked on every import of the code that ships (lib/,
 * app/, scripts/ and the root's server.ts, proxy.ts, instrumentation.ts):
 * - lib/ is the domain: it imports neither the front doors (app/, scripts/) nor the test
 *   code, nor Next.js or React, so that commands, tests and the app share it as it is;
 * - only lib/db/ imports the database drivers and the generated Prisma clients: which
 *   provider, which client and which driver is lib/db's business, nobody else's;
 * - app/ and scripts/ are front doors side by side: neither imports the other;
 * - client components ('use client') run in the browser: what they take from lib (types
 *   aside), followed through lib, reaches neither lib/db nor Node's built-in modules.
 */

const ROOT = path.join(__dirname, "..", "..");
const SOURCE = /\.(ts|tsx|mjs|js)$/;
const FRONT_DOORS_AT_ROOT = ["server.ts", "proxy.ts", "instrumentation.ts"];

const NEXT_AND_REACT = ["next", "next-intl", "use-intl", "react", "react-dom"];
const isDriver = (pkg: string) => pkg.startsWith("@prisma/adapter-") || ["@prisma/client", "better-sqlite3", "pg"].includes(pkg);

/** Imports a rule allows against its letter, each with its reason. None so far. */
const EXCEPTIONS: { file: string; target: string; reason: string }[] = [];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return rel === "lib/generated" ? [] : sourceFiles(rel);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

/** What an import names: a file of this repository (its path from the root) or a package (its name). */
type Target = { kind: "file"; path: string } | { kind: "package"; name: string };

function targetOf(file: string, specifier: string): Target {
  if (specifier.startsWith(".")) return { kind: "file", path: path.posix.join(path.posix.dirname(file), specifier) };
  if (specifier.startsWith("@/")) return { kind: "file", path: specifier.slice(2) };
  const parts = specifier.split("/");
  return { kind: "package", name: specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] };
}

/** Every module a file imports: static, dynamic, type-only, re-exports and require(). */
function importsOf(file: string): { specifier: string; target: Target }[] {
  const info = ts.preProcessFile(fs.readFileSync(path.join(ROOT, file), "utf8"), true, true);
  return info.importedFiles.map(({ fileName }) => ({ specifier: fileName, target: targetOf(file, fileName) }));
}

const under = (p: string, dir: string) => p === dir || p.startsWith(`${dir}/`);
const files = [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("scripts"), ...FRONT_DOORS_AT_ROOT];

/** The rule an import breaks, or null. */
function brokenRule(file: string, target: Target): string | null {
  const inLib = under(file, "lib");
  if (target.kind === "package") {
    if (inLib && NEXT_AND_REACT.includes(target.name)) return "lib imports no Next.js or React";
    if (isDriver(target.name) && !under(file, "lib/db")) return "only lib/db imports the database drivers";
    return null;
  }
  const to = target.path;
  if (under(to, "lib/generated") && !under(file, "lib/db")) return "only lib/db imports the generated Prisma clients";
  if (inLib && ["app", "scripts", "tests", "bench"].some((dir) => under(to, dir))) return "lib imports no front door (app/, scripts/) and no tests or benchmarks";
  if (under(file, "app") && under(to, "scripts")) return "app/ does not import scripts/";
  if (under(file, "scripts") && under(to, "app")) return "scripts/ does not import app/";
  return null;
}

/** The modules a file imports for their values (`import type` and all-type imports left out). */
function valueImportsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes = clause?.isTypeOnly || (clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly));
      return onlyTypes ? [] : [(statement.moduleSpecifier as ts.StringLiteral).text];
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) return [(statement.moduleSpecifier as ts.StringLiteral).text];
    return [];
  });
}

/** The source file an import of this repository names (extension and index.ts found as the bundler finds them). */
function sourceFileAt(target: string): string | null {
  const found = [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`].find((p) => fs.existsSync(path.join(ROOT, p)) && fs.statSync(path.join(ROOT, p)).isFile());
  return found ?? null;
}

/** What the browser would load from lib for a client component: each step that reaches lib/db or a Node built-in. */
function serverOnlyReach(clientFile: string): string[] {
  const seen = new Set<string>();
  const pending = [clientFile];
  const reached: string[] = [];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of valueImportsOf(file)) {
      const target = targetOf(file, specifier);
      if (target.kind === "package") {
        if (under(file, "lib") && (specifier.startsWith("node:") || BUILTINS.has(target.name))) reached.push(`${file} imports "${specifier}"`);
        continue;
      }
      const next = sourceFileAt(target.path);
      if (!next || !under(next, "lib")) continue;
      if (under(next, "lib/db")) reached.push(`${file} imports ${next}`);
      else pending.push(next);
    }
  }
  return reached;
}

const BUILTINS = new Set(builtinModules);
const clientComponents = files.filter((file) => /^\s*["']use client["']/.test(fs.readFileSync(path.join(ROOT, file), "utf8")));

describe("architecture: who imports what", () => {
  it("the scan sees the imports it judges (lib/db's driver adapter and generated client, app's lib, the sign-in action's next/headers)", () => {
    const targets = (file: string) => importsOf(file).map((i) => (i.target.kind === "file" ? i.target.path : i.target.name));
    expect(files.length).toBeGreaterThan(100);
    expect(targets("lib/db/client.ts")).toEqual(expect.arrayContaining(["lib/db/pg-adapter", "lib/generated/prisma/client"]));
    expect(targets("lib/db/pg-adapter.ts")).toEqual(expect.arrayContaining(["@prisma/adapter-pg"]));
    expect(targets("app/[locale]/sign-in/actions.ts")).toEqual(expect.arrayContaining(["next", "lib/auth/sign-in", "lib/db/client"]));
    expect(targets("instrumentation.ts")).toEqual(expect.arrayContaining(["app/server/check-settings", "lib/db/startup-check"]));
  });

  it("the rules catch what they forbid", () => {
    expect(brokenRule("lib/glossary/entries.ts", { kind: "file", path: "lib/generated/prisma/client" })).toMatch(/only lib\/db/);
    expect(brokenRule("lib/reader/load-reader.ts", { kind: "package", name: "react" })).toMatch(/no Next\.js or React/);
    expect(brokenRule("lib/auth/sign-in.ts", { kind: "file", path: "app/server/write-guard" })).toMatch(/no front door/);
    expect(brokenRule("scripts/db-migration.ts", { kind: "package", name: "pg" })).toMatch(/drivers/);
    expect(brokenRule("app/server/page-cache.ts", { kind: "package", name: "@prisma/adapter-better-sqlite3" })).toMatch(/drivers/);
    expect(brokenRule("lib/db/dialect/sqlite.ts", { kind: "package", name: "better-sqlite3" })).toBeNull();
  });

  it("client components take from lib nothing that reaches lib/db or Node's built-in modules", () => {
    expect(clientComponents.length).toBeGreaterThan(20);
    // The walk finds what it is meant to find: a server-only module, taken as a client component would take it.
    expect(serverOnlyReach("lib/glossary/glossary-view.ts")).toEqual(expect.arrayContaining(["lib/glossary/entries.ts imports lib/db/sql.ts", "lib/text/normalize.ts imports \"node:crypto\""]));
    expect(clientComponents.flatMap((file) => serverOnlyReach(file).map((step) => `${file}: ${step}`))).toEqual([]);
  });

  it("no file breaks a rule", () => {
    const broken = files.flatMap((file) =>
      importsOf(file).flatMap(({ specifier, target }) => {
        const rule = brokenRule(file, target);
        const excused = EXCEPTIONS.some((e) => e.file === file && e.target === specifier);
        return rule && !excused ? [`${file} imports "${specifier}": ${rule}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });
});
