#!/usr/bin/env node
// `npm test` runs this first: it installs what the tests use and starts what they talk to,
// when it can (root or sudo, apt reachable), and is quick when everything is there.
// - Debian packages: Chromium (browser tests), translate-toolkit, xmllint, NLTK and epubcheck
//   (real consumers of exported files), PostgreSQL (the PostgreSQL half of the tests).
// - A PostgreSQL cluster started, with the role and database the tests use
//   (tests/helpers/test-provider.ts), unless TEST_POSTGRES_URL names another server.
// Without the means to do so it says what is missing and lets jest run what it can;
// jest.config.js then skips the PostgreSQL half, except in CI (CI=true), where a missing
// server is a failure.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";

const PACKAGES = ["chromium", "translate-toolkit", "libxml2-utils", "python3-nltk", "postgresql", "epubcheck"];
const ROLE = "vis_a_vis";
const DATABASE = "vis_a_vis_test";
const ci = process.env.CI === "true";

const log = (line) => console.log(`test-setup: ${line}`);
const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
const root = process.getuid?.() === 0;
const sudo = root ? [] : has("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0 ? ["sudo", "-n"] : null;

function run(argv, options = {}) {
  const [command, ...args] = [...(sudo ?? []), ...argv];
  return spawnSync(command, args, { encoding: "utf8", ...options });
}

function installPackages() {
  if (!has("dpkg")) return log("not a Debian system: install Chromium, translate-toolkit, xmllint, NLTK, epubcheck and PostgreSQL yourself");
  const missing = PACKAGES.filter((p) => spawnSync("dpkg", ["-s", p], { stdio: "ignore" }).status !== 0);
  if (!missing.length) return;
  if (!sudo) return log(`missing Debian packages (${missing.join(" ")}); run as root or with sudo to install them`);
  log(`installing ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = run(["apt-get", "update", "-qq"], { env, stdio: "inherit" });
  const install = update.status === 0 && run(["apt-get", "install", "-y", "-qq", ...missing], { env, stdio: ["ignore", "ignore", "inherit"] });
  if (!install || install.status !== 0) log(`could not install ${missing.join(" ")}`);
}

/** Starts Debian's PostgreSQL cluster and creates the tests' role and database (idempotent). */
function preparePostgres() {
  if (process.env.TEST_POSTGRES_URL) return log(`PostgreSQL tests use TEST_POSTGRES_URL`);
  if (!has("pg_lsclusters")) return log("PostgreSQL is not installed");
  if (!sudo) return log("PostgreSQL: not root and no sudo, so no cluster is started; set TEST_POSTGRES_URL to use a server of yours");
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
    if (started.status !== 0) return log("PostgreSQL did not start");
  }
  const psql = (sql, db = "postgres") => run(["su", "postgres", "-c", `psql -qtAX -d ${db} -c "${sql.replace(/"/g, '\\"')}"`]);
  if (psql(`SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}'`).stdout?.trim() !== "1") {
    psql(`CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${ROLE}'`);
  }
  if (psql(`SELECT 1 FROM pg_database WHERE datname = '${DATABASE}'`).stdout?.trim() !== "1") {
    const made = run(["su", "postgres", "-c", `createdb -O ${ROLE} ${DATABASE}`]);
    if (made.status !== 0) log(`could not create database ${DATABASE}: ${made.stderr.trim()}`);
  }
}

installPackages();
preparePostgres();
if (ci) log("CI=true: the PostgreSQL half of the tests must run");
