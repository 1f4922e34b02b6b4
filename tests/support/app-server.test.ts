import path from "node:path";
import { startAppServer } from "./app-server";

/**
 * How starting the app fails: one line saying what happened (exited, or no answer in
 * time), then the server's last output lines, so that a broken build or database shows
 * in the test's or benchmark's failure and not only as a timeout.
 */

jest.setTimeout(60_000);

// A build that does not exist: the server stops at once, as with a broken build.
const NO_BUILD = ".next-no-such-build";
const databaseUrl = `file:${path.join(__dirname, "no-such-folder", "app.db")}`;

it("a server that exits before answering: its exit code, then its last output", async () => {
  const error: Error = await startAppServer({ distDir: NO_BUILD, databaseUrl }).then(
    () => Promise.reject(new Error("started")),
    (e: Error) => e,
  );
  const [first, ...rest] = error.message.split("\n");
  expect(first).toMatch(/^server\.ts exited with code 1 before answering on http:\/\/127\.0\.0\.1:\d+\/fr; its last output:$/);
  expect(rest.length).toBeGreaterThan(0);
  expect(rest.every((line) => line.startsWith("  | "))).toBe(true);
});

it("a server that does not answer in time is stopped, and the error says how long it waited", async () => {
  const error: Error = await startAppServer({ distDir: NO_BUILD, databaseUrl, kind: "next start", timeoutMs: 1 }).then(
    () => Promise.reject(new Error("started")),
    (e: Error) => e,
  );
  expect(error.message.split("\n")[0]).toMatch(/^next start did not answer on http:\/\/127\.0\.0\.1:\d+\/fr within 1 ms \(nothing listened\); its last output:$/);
});
