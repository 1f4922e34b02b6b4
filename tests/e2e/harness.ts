import { chromium, type Browser } from "playwright-core";
import { alignAll } from "../../lib/align/align-document";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { startAppServer, type AppServerKind } from "../support/app-server";
import { E2E_DIST_DIR } from "./paths";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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
 * balancer do. `kind` "next start" serves it without server.ts.
 */
export async function startServer(temp: TempDb, env: Record<string, string> = {}, kind: AppServerKind = "server.ts"): Promise<RunningServer> {
  const server = await startAppServer({ distDir: E2E_DIST_DIR, databaseUrl: temp.url, env, kind });
  return { baseUrl: server.baseUrl, stop: server.stop };
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
  let server: RunningServer;
  try {
    await prepare(temp);
    server = await startServer(temp, env);
  } catch (error) {
    await temp.close();
    throw error;
  }
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
