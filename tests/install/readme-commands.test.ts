import fs from "node:fs";
import path from "node:path";
import { readmeCommands } from "./readme-commands";

/**
 * Issue 18: the README's first section stays exactly two commands, and CI runs the same
 * test command as the README (`.ci/run` is `npm ci` then `npm test`, nothing more), so the
 * two can never drift. The fresh-clone test runs the first one.
 */
const ROOT = path.join(__dirname, "..", "..");

it("opens with exactly two commands: set up and serve, then test", () => {
  expect(readmeCommands()).toEqual(["npm ci && npm start", "npm test"]);
});

it("has CI run npm ci and the README's test command, and nothing else", () => {
  const commands = fs
    .readFileSync(path.join(ROOT, ".ci", "run"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#") && !/^(set|cd|export) /.test(line));
  expect(commands).toEqual(["npm ci --no-audit --no-fund", readmeCommands()[1]]);
});

it("makes `npm test` set up its own needs before the tests", () => {
  const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
  expect(scripts.test.split(" && ")[0]).toBe("node scripts/test-setup.mjs");
});
