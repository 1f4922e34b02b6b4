import fs from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/**
 * The commands of the README's first section ("## Two commands"), comments left out: the
 * one that sets up and serves the reader, then the one that runs the tests.
 */
export function readmeCommands(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = /^## Two commands\n([\s\S]*?)(?=^## )/m.exec(readme);
  if (!section) throw new Error('README.md: no "## Two commands" section');
  const block = /```sh\n([\s\S]*?)```/.exec(section[1]);
  if (!block) throw new Error('README.md: no ```sh block in "## Two commands"');
  return block[1]
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter(Boolean);
}
