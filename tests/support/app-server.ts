// The one way tests and benchmarks start the built app and wait until it answers. Under
// tests/support, not tests/helpers or tests/e2e: nothing here uses jest, a test database
// or a browser, so bench/ imports it without pulling in the tests' set-up.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "./free-port";

const ROOT = path.join(__dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const POLL_MS = 200;
/** Lines of the server's output an error quotes. */
const TAIL_LINES = 20;

/**
 * How a build is served: "server.ts" as `npm start` serves it (Next.js behind the page cache,
 * client addresses stamped); "next start" without server.ts, for tests of what it adds;
 * "npm start" the command itself (set-up and build when the sources changed included), for
 * timing it as a person runs it.
 */
export type AppServerKind = "server.ts" | "next start" | "npm start";

/** The command that serves a build on 127.0.0.1:`port`. Run it with NEXT_DIST_DIR naming the build. */
export function appServerCommand(port: number, kind: AppServerKind = "server.ts"): { command: string; args: string[]; env: Record<string, string> } {
  const env = { PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" };
  if (kind === "next start") return { command: process.execPath, args: [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], env };
  if (kind === "npm start") return { command: "npm", args: ["start"], env };
  // tsx as a loader inside one node process (not its CLI, which runs the server in a
  // child): the pid is the server's, for the benchmarks' CPU time and for signals.
  return { command: process.execPath, args: ["--import", "tsx", path.join(ROOT, "server.ts")], env };
}

export interface AppServerOptions {
  /** The build to serve (NEXT_DIST_DIR: .next-test for the browser tests, .next-bench for the benchmarks). */
  distDir: string;
  /** DATABASE_URL of the database it serves. */
  databaseUrl: string;
  /** Extra environment (EDITOR_TOKEN, ALLOWED_HOSTS, …). */
  env?: Record<string, string>;
  kind?: AppServerKind;
  /** How long it may take to answer; 60 s by default (a cold start on a busy machine). */
  timeoutMs?: number;
  /** The page polled until it answers below 500. */
  readyPath?: string;
}

export interface AppServer {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed so far. */
  log(): string;
  /** Stops it (SIGTERM, then SIGKILL after 10 s) and waits until it has exited. */
  stop(): Promise<void>;
}

const lastLines = (output: string) => {
  const lines = output.trimEnd().split("\n").slice(-TAIL_LINES);
  return lines.length && lines[0] ? lines.map((l) => `  | ${l}`).join("\n") : "  (no output)";
};

/** Stops the child, or with `group` its whole process group (npm and the server under it). */
function stopChild(child: ChildProcess, group: boolean): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const signal = (name: NodeJS.Signals) => (group ? process.kill(-child.pid!, name) : child.kill(name));
  return new Promise((resolve) => {
    const kill = setTimeout(() => signal("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    signal("SIGTERM");
  });
}

/** The answer's status, or null while nothing listens (or the request hangs). */
async function statusOf(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return null;
  }
}

/**
 * Starts the build in `distDir` on a free loopback port and resolves once `readyPath`
 * answers below 500. If the server exits first, or does not answer in time, it is stopped
 * and the error says so in its first line, followed by the server's last output lines.
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { distDir, databaseUrl, env = {}, kind = "server.ts", timeoutMs = 60_000, readyPath = "/fr" } = options;
  const port = await freePort();
  const command = appServerCommand(port, kind);
  // npm runs the server in a process of its own: both go in a group that stop() ends whole.
  // The others stay in the caller's group, so that an interrupted test run takes them along.
  const group = kind === "npm start";
  const child = spawn(command.command, command.args, {
    cwd: ROOT,
    detached: group,
    env: { ...process.env, ...command.env, NEXT_DIST_DIR: distDir, DATABASE_URL: databaseUrl, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  let failure: Error | undefined;
  child.once("error", (error) => (failure = error));

  const baseUrl = `http://127.0.0.1:${port}`;
  const url = `${baseUrl}${readyPath}`;
  const deadline = Date.now() + timeoutMs;
  let lastStatus: number | null = null;
  for (;;) {
    if (failure) throw new Error(`${kind} could not be started (${command.command}): ${failure.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      const how = child.exitCode !== null ? `with code ${child.exitCode}` : `on ${child.signalCode}`;
      throw new Error(`${kind} exited ${how} before answering on ${url}; its last output:\n${lastLines(output)}`);
    }
    lastStatus = await statusOf(url);
    if (lastStatus !== null && lastStatus < 500) break;
    if (Date.now() > deadline) {
      await stopChild(child, group);
      const answer = lastStatus === null ? "nothing listened" : `its last answer was HTTP ${lastStatus}`;
      throw new Error(`${kind} did not answer on ${url} within ${timeoutMs} ms (${answer}); its last output:\n${lastLines(output)}`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return { baseUrl, port, child, log: () => output, stop: () => stopChild(child, group) };
}
