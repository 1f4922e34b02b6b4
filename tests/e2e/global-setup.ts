import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { E2E_DIST_DIR, ROOT } from "./paths";

/**
 * Browser tests run against a production build, made once per test run in its own folder
 * (so a developer's .next is untouched). E2E_REUSE_BUILD=1 skips the build when one exists.
 */
export default function globalSetup(): void {
  const buildId = path.join(ROOT, E2E_DIST_DIR, "BUILD_ID");
  if (process.env.E2E_REUSE_BUILD === "1" && fs.existsSync(buildId)) return;
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: E2E_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}
