import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { alignAll } from "../../lib/align/align-document";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { E2E_DIST_DIR, ROOT } from "./paths";
import { appServerCommand } from "../helpers/app-server";
import { freePort } from "../helpers/free-port";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const START_TIMEOUT_MS = 60_000;


async function waitForHttp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`next start did not answer on ${url} within ${START_TIMEOUT_MS} ms:\n${log()}`);
}

export interface RunningApp {
  baseUrl: string;
  temp: TempDb;
  stop(): Promise<void>;
}

export interface RunningServer {
  baseUrl: string;
  /** Stops this server only; the database stays. */
  stop(): Promise<void>;
}

/**
 * The production build served as `npm start` serves it (server.ts) on a free loopback port,
 * on the database of `temp`: several may serve one database, as app servers behind a load
 * balancer do.
 */
export async function startServer(temp: TempDb, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  let output = "";
  const server = appServerCommand(port);
  const child = spawn(server.command, server.args, {
    cwd: ROOT,
    env: { ...process.env, ...server.env, NEXT_DIST_DIR: E2E_DIST_DIR, DATABASE_URL: temp.url, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/fr`, child, () => output);
  return {
    baseUrl,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    },
  };
}

/**
 * The production build served as `npm start` serves it on a free loopback port, on a temporary
 * database loaded with the sample corpus and aligned (or prepared by `prepare`).
 */
export async function startApp(
  prepare: (temp: TempDb) => Promise<void> = async (t) => {
    await loadSampleCorpus(t.db);
    await alignAll(t.db);
  },
  /** Extra environment for the server (EDITOR_TOKEN, say). */
  env: Record<string, string> = {},
): Promise<RunningApp> {
  const temp = await createTempDb();
  await prepare(temp);
  const server = await startServer(temp, env);
  return {
    baseUrl: server.baseUrl,
    temp,
    async stop() {
      await server.stop();
      await temp.close();
    },
  };
}

/** Debian's Chromium, driven by playwright-core, with no traffic beyond loopback. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
