import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bareEnv } from "../helpers/bare-env";
import { freePort } from "../support/free-port";
import { readmeCommands } from "./readme-commands";

/**
 * Issue 18, as a new user meets the project: a clean clone in a temporary folder (no
 * node_modules, no database, no build), the README's first command run as written on a
 * free port, the library page read. Then `npm start` again: it must not build again when
 * nothing changed; and once a source changes, it must.
 *
 * The clone is of the committed HEAD. npm runs offline (npm_config_offline, from its cache:
 * the tests' own install filled it), since tests reach no network; the environment is a
 * bare one (PATH and HOME), as in a new terminal, not jest's.
 */
const ROOT = path.join(__dirname, "..", "..");
const SAMPLE_DOCUMENT = "choigou-rencontre-kim-pyongyang";
// npm ci compiles better-sqlite3 (~90 s on two cores) and the first start builds the app.
const FIRST_START_MS = 15 * 60_000;
jest.setTimeout(FIRST_START_MS + 5 * 60_000);

let folder: string;
let clone: string;
let port: number;

interface Run {
  child: ChildProcess;
  output: () => string;
  /** Resolves once the output matches `pattern`; rejects, with the output, if the command ends first or time runs out. */
  waitFor(pattern: RegExp, ms: number): Promise<void>;
  stop(): Promise<void>;
}

function run(command: string): Run {
  let output = "";
  const env = bareEnv({
    PORT: String(port),
    HOST: "127.0.0.1",
    npm_config_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  // Its own process group, so that stopping it stops npm, node and the server under it.
  const child = spawn("sh", ["-c", command], { cwd: clone, detached: true, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const ended = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    output: () => output,
    async waitFor(pattern, ms) {
      const deadline = Date.now() + ms;
      while (!pattern.test(output)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`\`${command}\` ended (${child.exitCode ?? child.signalCode}) before ${pattern}:\n${output.slice(-4000)}`);
        if (Date.now() > deadline) throw new Error(`\`${command}\`: no ${pattern} within ${ms} ms:\n${output.slice(-4000)}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
      await ended;
    },
  };
}

async function libraryPage(): Promise<{ status: number; html: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/fr`);
  return { status: response.status, html: await response.text() };
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "fresh-clone-"));
  clone = path.join(folder, "vis-a-vis");
  const cloned = spawnSync("git", ["clone", "--quiet", "--no-hardlinks", ROOT, clone], { encoding: "utf8" });
  if (cloned.status !== 0) throw new Error(`git clone ${ROOT}: ${cloned.stderr.trim()}`);
  port = await freePort();
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

it("serves the library after the README's first command, on a clean clone", async () => {
  expect(fs.existsSync(path.join(clone, "node_modules"))).toBe(false);
  expect(fs.existsSync(path.join(clone, "data"))).toBe(false);
  const first = run(readmeCommands()[0]);
  try {
    await first.waitFor(/Ready on http:\/\/127\.0\.0\.1:\d+/, FIRST_START_MS);
    // The first lines say where to open the app and how to add a first article.
    expect(first.output()).toContain(`Open http://127.0.0.1:${port}/fr`);
    expect(first.output()).toMatch(/Add a first article: .*\/fr\/import.*npm run import -- /);
    const page = await libraryPage();
    expect(page.status).toBe(200);
    expect(page.html).toContain(`/fr/documents/${SAMPLE_DOCUMENT}`);
  } finally {
    await first.stop();
  }
});

it("starts again without building when nothing changed", async () => {
  const again = run("npm start");
  try {
    await again.waitFor(/Ready on/, 120_000);
    expect(again.output()).toContain("build: .next is up to date");
    expect(again.output()).not.toMatch(/Creating an optimized production build|Compiled successfully/);
    expect((await libraryPage()).status).toBe(200);
  } finally {
    await again.stop();
  }
});

it("builds again once a source changed, and an interrupted build is never taken for a current one", async () => {
  fs.appendFileSync(path.join(clone, "app", "[locale]", "page.tsx"), "\n// changed after the last build\n");
  const changed = run("npm start");
  try {
    await changed.waitFor(/Creating an optimized production build/, 120_000);
  } finally {
    await changed.stop();
  }
  expect(changed.output()).not.toContain("is up to date");
  expect(fs.existsSync(path.join(clone, ".next", "vis-a-vis-build.json"))).toBe(false);
});
