import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bareEnv } from "../helpers/bare-env";

/**
 * Issue 18: `npm test` on a machine that lacks what its tests need, without the right to
 * install it, stops before any test with one line naming the packages and the command that
 * installs them (it used to carry on, and the browser and export tests failed one by one).
 *
 * Every package is installed here, so a dpkg-query placed first on PATH answers "not
 * installed" for one of them (pretendMissing); the script runs as an unprivileged user (nobody), as a
 * developer without root or sudo would. Needs root to drop to that user.
 */
const SCRIPT = path.join(__dirname, "..", "..", "scripts", "test-setup.mjs");
const asRoot = process.getuid?.() === 0 && fs.existsSync("/usr/bin/setpriv");

let shims: string;
const REAL_DPKG_QUERY = spawnSync("sh", ["-c", "command -v dpkg-query"], { encoding: "utf8" }).stdout.trim() || "/usr/bin/dpkg-query";

/** A dpkg-query first on PATH: the real one, except that `missing` reads as not installed. */
function pretendMissing(missing: string | null): void {
  const unless = missing ? `if [ "$last" = ${missing} ]; then printf 'unknown ok not-installed'; exit 1; fi\n` : "";
  fs.writeFileSync(path.join(shims, "dpkg-query"), `#!/bin/sh\nfor last; do :; done\n${unless}exec ${REAL_DPKG_QUERY} "$@"\n`, { mode: 0o755 });
}

beforeAll(() => {
  shims = fs.mkdtempSync(path.join(os.tmpdir(), "test-setup-"));
  fs.chmodSync(shims, 0o755);
});
afterAll(() => fs.rmSync(shims, { recursive: true, force: true }));

function runAsNobody(env: Record<string, string>) {
  return spawnSync("setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", process.execPath, SCRIPT], {
    cwd: os.tmpdir(),
    env: { ...bareEnv({ HOME: os.tmpdir(), ...env }), PATH: `${shims}:${process.env.PATH}` },
    encoding: "utf8",
    timeout: 60_000,
  });
}

(asRoot ? it : it.skip)("stops at once naming the missing package and the command that installs it", () => {
  pretendMissing("epubcheck");
  const result = runAsNobody({ TEST_POSTGRES: "skip" });
  expect(result.status).toBe(1);
  expect(result.stderr.trim().split("\n")).toEqual([
    "npm test: missing Debian packages epubcheck: install them with `sudo apt-get update && sudo apt-get install -y epubcheck` (npm test run as root or with sudo installs them itself)",
  ]);
});

(asRoot ? it : it.skip)("stops at once when it cannot start PostgreSQL, naming the ways out", () => {
  pretendMissing(null);
  const result = runAsNobody({});
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^npm test: PostgreSQL: starting the local cluster needs root or sudo: run npm test as root, or set TEST_POSTGRES_URL=.* \(or TEST_POSTGRES=skip to leave PostgreSQL out\)$/);
});

(asRoot ? it : it.skip)("goes on when everything is there and PostgreSQL is left out on purpose", () => {
  pretendMissing(null);
  const result = runAsNobody({ TEST_POSTGRES: "skip" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});
