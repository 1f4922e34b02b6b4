// `npm start`: the port checked first (so a taken one is said at once), the database set up
// (migrations, sample corpus; quick when done), a production build only when the sources
// changed since the last one, then server.ts serving it in this same process.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parsePort, portProblem } from "./port";
import { buildIfChanged } from "./build-if-changed";

const ROOT = path.join(__dirname, "..");

function stop(line: string, code = 1): never {
  console.error(line);
  process.exit(code);
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT);
  if (typeof port === "string") stop(port);
  const taken = await portProblem(port, process.env.HOST || undefined);
  if (taken) stop(taken);

  const setup = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "db-setup.ts")], { cwd: ROOT, stdio: "inherit" });
  // db:setup has said what went wrong in its own line.
  if (setup.status !== 0) process.exit(setup.status ?? 1);

  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const build = buildIfChanged(ROOT, { distDir, output: "inherit" });
  if (!build.built) console.log(`build: ${distDir} is up to date (no source, lockfile or configuration changed since it was made)`);

  // server.ts starts on import; it reads PORT and HOST itself.
  await import("../server");
}

main().catch((error: unknown) => stop(error instanceof Error ? error.message : String(error)));
