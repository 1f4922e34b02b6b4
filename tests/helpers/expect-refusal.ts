import type { ScriptResult } from "./run-script";

/** A command refused its input as the README promises: exit 1, nothing on stdout, one "error: …" line. */
export function expectOneLineRefusal(result: ScriptResult, message: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(message);
}
