import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
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

/** What a browser test works with: the app and Chromium of its file, the context and page of the test running. */
export interface BrowserApp {
  readonly app: RunningApp;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
}

export interface BrowserAppOptions {
  /** Extra environment for the server (EDITOR_TOKEN, say). */
  env?: Record<string, string>;
  /** How long starting the app and Chromium may take, where `prepare` outlasts the file's test timeout. */
  startTimeout?: number;
  /** Each test's context; merged over a 1280×900 window (viewport, locale, colorScheme…). */
  context?: BrowserContextOptions;
  /** Runs once each test's page is open (page objects, say). */
  eachTest?: (web: BrowserApp) => void | Promise<void>;
}

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

function present<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`no ${name} here: the browser test hooks have not made one (outside a test, or their set-up failed)`);
  return value;
}

/**
 * Registers a browser test file's hooks: the app (prepared by `prepare`, as startApp does) and
 * Chromium for the whole file, a fresh context and page for each test, all closed after. The
 * getters give the ones of the test running: each test gets its own context and page.
 */
export function useBrowserApp(prepare?: (temp: TempDb) => Promise<void>, options: BrowserAppOptions = {}): BrowserApp {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const web: BrowserApp = {
    get app() {
      return present(app, "app");
    },
    get browser() {
      return present(browser, "browser");
    },
    get context() {
      return present(context, "context");
    },
    get page() {
      return present(page, "page");
    },
  };

  beforeAll(async () => {
    // Each kept as soon as it starts, so that afterAll stops it even when the other fails.
    await Promise.all([startApp(prepare, options.env).then((a) => (app = a)), launchBrowser().then((b) => (browser = b))]);
  }, options.startTimeout);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  beforeEach(async () => {
    context = await web.browser.newContext({ ...DESKTOP, ...options.context });
    page = await context.newPage();
    await options.eachTest?.(web);
  });
  afterEach(async () => {
    await context?.close();
    context = page = undefined;
  });
  return web;
}
