// @ts-check
const fs = require("node:fs");
const path = require("node:path");

/** SWC compiles TypeScript for jest; type checking is `npm run typecheck`'s job. */
const transform = {
  "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } } }],
};
const moduleNameMapper = { "^@/(.*)$": "<rootDir>/$1" };
// ES-module-only dependencies, compiled like our own code (jest runs CommonJS).
const transformIgnorePatterns = ["/node_modules/(?!any-ascii/|use-intl/|intl-messageformat/|icu-minify/|@formatjs/)"];
// Tests and hooks that load the sample corpus into PostgreSQL take seconds on a busy machine.
const common = { testEnvironment: "node", transform, transformIgnorePatterns, moduleNameMapper, testTimeout: 60_000 };

/**
 * The test files that touch a database run twice, once per provider: those that make a
 * temporary database (tests/helpers/temp-db.ts) or run a command on one.
 */
function databaseTests(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "e2e") found.push(...databaseTests(full));
    } else if (entry.name.endsWith(".test.ts") && /helpers\/temp-db|DATABASE_URL/.test(fs.readFileSync(full, "utf8"))) {
      found.push(full);
    }
  }
  return found;
}

/**
 * The browser tests that also run once on PostgreSQL (they read and write through the app;
 * auth-servers runs two app servers on one database, PostgreSQL's use).
 */
const BROWSER_ON_POSTGRES = ["reader", "editing", "auth", "auth-servers", "search"].map((name) => `<rootDir>/tests/e2e/${name}.test.ts`);

const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL || "postgresql://vis_a_vis:vis_a_vis@127.0.0.1:5432/vis_a_vis_test";

/** Whether the tests' PostgreSQL server answers (scripts/test-setup.mjs prepares it), and if not, why. */
async function probePostgres() {
  const { Client } = require("pg");
  const client = new Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.end();
    return undefined;
  } catch (error) {
    return /** @type {Error} */ (error).message || String(error);
  }
}

const env = (provider) => ({ setupFiles: [`<rootDir>/tests/helpers/provider-${provider}.ts`] });

/**
 * The PostgreSQL half runs when its server answers; otherwise it is skipped, and the
 * reporter says so in the run's last lines. In CI (CI=true) it is never skipped: a missing
 * server fails the tests that need it. TEST_POSTGRES=skip skips it on purpose.
 */
module.exports = async () => {
  // What the aligner finds must not depend on whether this machine has Debian's French-English
  // dictionary: tests (and the commands and servers they start) go without it unless they
  // ask for it (tests/align/dictionary.test.ts).
  process.env.ALIGN_DICTIONARY ??= "off";
  if (process.env.TEST_POSTGRES !== "skip" && process.env.CI !== "true") {
    const reason = await probePostgres();
    if (reason) Object.assign(process.env, { TEST_POSTGRES: "skip", TEST_POSTGRES_REASON: `no server at ${TEST_POSTGRES_URL.replace(/:[^:@/]*@/, ":***@")}: ${reason}` });
  }
  const postgres = process.env.TEST_POSTGRES !== "skip";
  return config(postgres);
};

/** @returns {import('jest').Config} */
const config = (postgres) => ({
  // On two cores jest runs the files in band, inside its own process: one handle a test
  // leaves open (a socket, a timer) kept a CI run alive after its summary until CI's time
  // limit. The results are printed by then; nothing is lost by ending there.
  forceExit: true,
  // Read from the top level only (jest-circus takes the global config's): inside
  // \`projects\` it was ignored, and hooks under load timed out after jest's default 5 s.
  testTimeout: common.testTimeout,
  reporters: ["default", "<rootDir>/tests/helpers/postgres-skip-reporter.js"],
  projects: [
    { ...common, ...env("sqlite"), displayName: "sqlite", testMatch: ["<rootDir>/tests/**/*.test.ts"], testPathIgnorePatterns: ["<rootDir>/tests/e2e/"] },
    ...(postgres ? [{ ...common, ...env("postgresql"), displayName: "postgres", testMatch: databaseTests(path.join(__dirname, "tests")) }] : []),
    { ...common, ...env("sqlite"), displayName: "browser", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"], globalSetup: "<rootDir>/tests/e2e/global-setup.ts" },
    ...(postgres
      ? [{ ...common, ...env("postgresql"), displayName: "browser-postgres", testMatch: BROWSER_ON_POSTGRES, globalSetup: "<rootDir>/tests/e2e/global-setup.ts" }]
      : []),
  ],
});
