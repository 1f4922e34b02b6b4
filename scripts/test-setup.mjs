#!/usr/bin/env node
// `npm test` runs this first: it installs what the tests use and starts what they talk to,
// when it can (root or sudo, apt reachable), and is quick when everything is there.
// - Debian packages: Chromium (browser tests), translate-toolkit, xmllint, NLTK and epubcheck
//   (real consumers of exported files), FreeDict's French-English dictionary (the aligner's
//   optional one, tests/align/dictionary.test.ts), PostgreSQL (the PostgreSQL half of the tests).
// - A PostgreSQL cluster started, with the role and database the tests use
//   (tests/helpers/test-provider.ts), unless TEST_POSTGRES_URL names another server.
// Without the means to do so (not root, no sudo, apt-get failing) it stops at once with one
// line naming what is missing and the command that installs it, rather than letting test
// after test fail on a missing executable. TEST_POSTGRES=skip leaves PostgreSQL out on
// purpose (jest.config.js then skips the PostgreSQL half); TEST_POSTGRES_URL names a server
// of yours instead of the local cluster.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";

const skipPostgres = process.env.TEST_POSTGRES === "skip";
const usesLocalPostgres = !skipPostgres && !process.env.TEST_POSTGRES_URL;
const PACKAGES = ["chromium", "translate-toolkit", "libxml2-utils", "python3-nltk", "epubcheck", "dict-freedict-fra-eng", ...(usesLocalPostgres ? ["postgresql"] : [])];
const ROLE = "vis_a_vis";
const DATABASE = "vis_a_vis_test";
const ci = process.env.CI === "true";

const log = (line) => console.log(`test-setup: ${line}`);
/** Stops `npm test` before any test runs, with the one line that says what to do. */
function fail(line) {
  console.error(`npm test: ${line}`);
  process.exit(1);
}
const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
const root = process.getuid?.() === 0;
const sudo = root ? [] : has("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0 ? ["sudo", "-n"] : null;

function run(argv, options = {}) {
  const [command, ...args] = [...(sudo ?? []), ...argv];
  return spawnSync(command, args, { encoding: "utf8", ...options });
}

/** The installed state of a Debian package: "install ok installed" once it is really there. */
const installed = (name) => spawnSync("dpkg-query", ["-W", "-f=${Status}", name], { encoding: "utf8" }).stdout === "install ok installed";

function installPackages() {
  if (!has("dpkg-query")) {
    fail(`not a Debian system: install Chromium (or set CHROMIUM_PATH), translate-toolkit, xmllint, NLTK, epubcheck, dict-freedict-fra-eng${usesLocalPostgres ? " and PostgreSQL (or set TEST_POSTGRES_URL)" : ""} yourself, then run npx jest`);
  }
  const missing = PACKAGES.filter((p) => !installed(p));
  if (!missing.length) return;
  const command = `sudo apt-get update && sudo apt-get install -y ${missing.join(" ")}`;
  if (!sudo) fail(`missing Debian packages ${missing.join(", ")}: install them with \`${command}\` (npm test run as root or with sudo installs them itself)`);
  log(`installing ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = run(["apt-get", "update", "-qq"], { env, stdio: ["ignore", "ignore", "pipe"] });
  const install = update.status === 0 ? run(["apt-get", "install", "-y", "-qq", ...missing], { env, stdio: ["ignore", "ignore", "pipe"] }) : update;
  const still = missing.filter((p) => !installed(p));
  if (install.status !== 0 || still.length) {
    const why = (install.stderr ?? "").trim().split("\n").filter(Boolean).at(-1) ?? `exit code ${install.status}`;
    fail(`could not install ${(still.length ? still : missing).join(", ")} (apt-get: ${why}): install them with \`${command}\``);
  }
}

/** Starts Debian's PostgreSQL cluster and creates the tests' role and database (idempotent). */
function preparePostgres() {
  if (skipPostgres) return log("TEST_POSTGRES=skip: the PostgreSQL half of the tests is skipped");
  if (process.env.TEST_POSTGRES_URL) return log(`PostgreSQL tests use TEST_POSTGRES_URL`);
  const instead = "set TEST_POSTGRES_URL=postgresql://USER:PASSWORD@HOST:PORT/DATABASE to use a server of yours (or TEST_POSTGRES=skip to leave PostgreSQL out)";
  if (!has("pg_lsclusters")) fail(`PostgreSQL is not installed (Debian's postgresql-common is missing): install it with \`sudo apt-get install -y postgresql\`, or ${instead}`);
  if (!sudo) fail(`PostgreSQL: starting the local cluster needs root or sudo: run npm test as root, or ${instead}`);
  const clusters = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 4);
  if (!clusters.length) {
    const version = fs.readdirSync("/usr/lib/postgresql").sort().at(-1);
    log(`creating PostgreSQL ${version} cluster main`);
    run(["pg_createcluster", version, "main"], { stdio: "ignore" });
    clusters.push([version, "main", "5432", "down"]);
  }
  const [version, name, , status] = clusters[0];
  if (status !== "online") {
    log(`starting PostgreSQL ${version} cluster ${name}`);
    const started = run(["pg_ctlcluster", "--skip-systemctl-redirect", version, name, "start"], { stdio: "inherit" });
    if (started.status !== 0) fail(`PostgreSQL ${version} cluster ${name} did not start (pg_ctlcluster exit code ${started.status}): see /var/log/postgresql/, or ${instead}`);
  }
  const psql = (sql, db = "postgres") => run(["su", "postgres", "-c", `psql -qtAX -d ${db} -c "${sql.replace(/"/g, '\\"')}"`]);
  if (psql(`SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}'`).stdout?.trim() !== "1") {
    psql(`CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${ROLE}'`);
  }
  if (psql(`SELECT 1 FROM pg_database WHERE datname = '${DATABASE}'`).stdout?.trim() !== "1") {
    const made = run(["su", "postgres", "-c", `createdb -O ${ROLE} ${DATABASE}`]);
    if (made.status !== 0) fail(`could not create the tests' database ${DATABASE}: ${made.stderr.trim().split("\n").at(-1)}`);
  }
}

installPackages();
preparePostgres();
if (ci) log("CI=true: the PostgreSQL half of the tests must run");
