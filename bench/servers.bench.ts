// Two app servers (server.ts, as `npm start` runs it) on one database, as behind a load
// balancer, taking saves from editors at once: each editor saves their own paragraph
// again and again, alternately through either server, then all of them save the same
// paragraph (stale saves are refused and retried on the stored version). Prints
// throughput and latency per server, and checks that no save failed and that no revision
// was lost: every paragraph's versions run 1..n with one revision each, and the last text
// saved is the stored one.
//
// On PostgreSQL (the point of several app servers) when a server answers (DATABASE_URL,
// else TEST_POSTGRES_URL or the test server `npm test` prepares), and on SQLite for
// comparison. Uses the browser tests' production build (made again when the sources changed).
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { addAccount } from "../lib/auth/accounts";
import { createSession, SESSION_COOKIE } from "../lib/auth/sessions";
import { loadSampleCorpus } from "../lib/corpus/sample-corpus";
import { postgresTarget } from "../lib/db/url";
import globalSetup from "../tests/e2e/global-setup";
import { E2E_DIST_DIR } from "../tests/e2e/paths";
import { callAction } from "../tests/e2e/server-actions";
import { testPostgresUrl } from "../tests/helpers/test-provider";
import { createTempDb, type TempDb } from "../tests/helpers/temp-db";
import { startAppServer, type AppServer } from "../tests/support/app-server";
import type { Benchmark } from "./run";

const SLUG = "kim-soutien-inconditionnel-russie";
const PAGE = `/en/documents/${SLUG}`;
/** Editors saving at once, split evenly between the two servers. */
const EDITORS = 8;
/** Saves each editor makes to a paragraph of their own. */
const OWN_SAVES = 20;
/** Saves each editor gets through on the one paragraph they all edit. */
const SHARED_SAVES = 5;

interface Save {
  server: number;
  ms: number;
  outcome: "saved" | "conflict" | "error";
  version: number;
  detail: string;
}

/** A save through the reader's own server action, as the page makes it. */
async function save(baseUrl: string, server: number, cookie: string, paragraphId: number, expectedVersion: number, text: string): Promise<Save> {
  const start = performance.now();
  let answer: { status: number; text: string };
  try {
    answer = await callAction(baseUrl, PAGE, "saveTranslationAction", [SLUG, { paragraphId, expectedVersion, text, status: "draft" }], { headers: { cookie } });
  } catch (error) {
    return { server, ms: performance.now() - start, outcome: "error", version: 0, detail: String(error) };
  }
  const ms = performance.now() - start;
  const saved = /"ok":true,"value":\{[^}]*"version":(\d+)/.exec(answer.text);
  if (answer.status === 200 && saved) return { server, ms, outcome: "saved", version: Number(saved[1]), detail: "" };
  const conflict = /"code":"conflict".*?"current":\{"version":(\d+)/.exec(answer.text);
  if (answer.status === 200 && conflict) return { server, ms, outcome: "conflict", version: Number(conflict[1]), detail: "" };
  return { server, ms, outcome: "error", version: 0, detail: `HTTP ${answer.status}: ${answer.text.slice(0, 300)}` };
}

/** Whether a PostgreSQL server answers at this URL. */
async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresTarget(url).connectionString, connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (list: Save[]) => {
  const times = list.map((s) => s.ms).sort((a, b) => a - b);
  return `${list.length} saves, median ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`;
};

/** The revisions of a paragraph are versions 1..n, one each, n its version, the last text stored. */
async function lostRevisions(temp: TempDb, paragraphId: number, lastSaved: string): Promise<string | null> {
  const paragraph = await temp.db.targetParagraph.findUniqueOrThrow({ where: { id: paragraphId } });
  const versions = (await temp.db.revision.findMany({ where: { paragraphId }, orderBy: { version: "asc" }, select: { version: true } })).map((r) => r.version);
  const expected = Array.from({ length: paragraph.version }, (_, i) => i + 1);
  if (versions.join() !== expected.join()) return `paragraph ${paragraphId}: versions ${versions.join(",")}, expected 1..${paragraph.version}`;
  if (paragraph.text !== lastSaved) return `paragraph ${paragraphId}: stored text is not the last one saved`;
  return null;
}

async function runOn(provider: "sqlite" | "postgresql"): Promise<void> {
  process.env.TEST_DATABASE_PROVIDER = provider;
  const temp = await createTempDb();
  const servers: AppServer[] = [];
  try {
    await loadSampleCorpus(temp.db);
    const cookies: string[] = [];
    for (let i = 0; i < EDITORS; i++) {
      const account = await addAccount(temp.db, { name: `editor ${i}`, role: "editor", password: "benchmark password" });
      cookies.push(`${SESSION_COOKIE}=${(await createSession(temp.db, account.id)).token}`);
    }
    // The browser tests' build: callAction finds the server actions' ids in its manifest.
    const serve = () => startAppServer({ distDir: E2E_DIST_DIR, databaseUrl: temp.url });
    servers.push(await serve(), await serve());
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } });
    const paragraphs = await temp.db.targetParagraph.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" }, take: EDITORS + 1 });
    // Warm both servers up (first render, glossary loaded) before timing.
    let warmVersion = paragraphs[EDITORS].version;
    for (const [i, s] of servers.entries()) {
      const warm = await save(s.baseUrl, i, cookies[0], paragraphs[EDITORS].id, warmVersion, `warm-up through server ${i + 1}`);
      if (warm.outcome !== "saved") throw new Error(`warm-up save through server ${i + 1}: ${warm.outcome} ${warm.detail}`);
      warmVersion = warm.version;
    }

    const saves: Save[] = [];
    const lastText = new Map<number, string>();
    const started = performance.now();
    await Promise.all(
      cookies.map(async (cookie, editor) => {
        const paragraph = paragraphs[editor];
        let version = paragraph.version;
        for (let n = 0; n < OWN_SAVES; n++) {
          const server = (editor + n) % 2;
          const text = `Editor ${editor}, save ${n}, through server ${server}.`;
          const result = await save(servers[server].baseUrl, server, cookie, paragraph.id, version, text);
          saves.push(result);
          if (result.outcome !== "saved") break;
          version = result.version;
          lastText.set(paragraph.id, text);
        }
      }),
    );
    const ownMs = performance.now() - started;

    const shared = paragraphs[EDITORS];
    const sharedSaves: Save[] = [];
    const sharedStart = performance.now();
    await Promise.all(
      cookies.map(async (cookie, editor) => {
        let version = (await temp.db.targetParagraph.findUniqueOrThrow({ where: { id: shared.id } })).version;
        for (let done = 0, tries = 0; done < SHARED_SAVES && tries < 200; tries++) {
          const server = (editor + tries) % 2;
          const text = `Shared paragraph: editor ${editor}, save ${done}.`;
          const result = await save(servers[server].baseUrl, server, cookie, shared.id, version, text);
          sharedSaves.push(result);
          if (result.outcome === "error") break;
          if (result.outcome === "saved") done++;
          // Saved: go on from the new version; refused as stale: from the version now stored.
          version = result.version;
        }
      }),
    );
    const sharedMs = performance.now() - sharedStart;
    // Which save came last is known only by its version: the stored text must be that revision's.
    const stored = await temp.db.targetParagraph.findUniqueOrThrow({ where: { id: shared.id } });
    const sharedLast = (await temp.db.revision.findFirstOrThrow({ where: { paragraphId: shared.id, version: stored.version } })).text;

    const all = [...saves, ...sharedSaves];
    const errors = all.filter((s) => s.outcome === "error");
    const problems = [
      ...(await Promise.all(paragraphs.slice(0, EDITORS).map((p) => lostRevisions(temp, p.id, lastText.get(p.id) ?? p.text)))),
      await lostRevisions(temp, shared.id, sharedLast),
    ].filter(Boolean);
    const sharedSaved = sharedSaves.filter((s) => s.outcome === "saved").length;
    const ownSaved = saves.filter((s) => s.outcome === "saved").length;
    const sharedRevisions = await temp.db.revision.count({ where: { paragraphId: shared.id } });

    console.log(`${provider}: ${EDITORS} editors (sessions in the database), two app servers, one database`);
    console.log(`  own paragraphs: ${ownSaved}/${EDITORS * OWN_SAVES} saved in ${(ownMs / 1000).toFixed(1)} s (${((ownSaved / ownMs) * 1000).toFixed(1)} saves/s)`);
    for (const server of [0, 1]) console.log(`    server ${server + 1}: ${summary(saves.filter((s) => s.server === server))}`);
    console.log(
      `  one shared paragraph: ${sharedSaved} saved, ${sharedSaves.filter((s) => s.outcome === "conflict").length} stale saves refused and retried, in ${(sharedMs / 1000).toFixed(1)} s; ${sharedRevisions} revisions (1 + 2 warm-up + ${sharedSaved})`,
    );
    console.log(`  errors: ${errors.length}${errors.length ? ` (first: ${errors[0].detail})` : ""}; lost or doubled revisions: ${problems.length ? problems.join("; ") : "none"}`);
    if (sharedRevisions !== 3 + sharedSaved) console.log(`  REVISIONS MISSING on the shared paragraph: ${sharedRevisions}, expected ${3 + sharedSaved}`);
    console.log(`  load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await temp.close();
  }
}

const benchmark: Benchmark = {
  async run() {
    globalSetup();
    const postgresUrl = testPostgresUrl();
    if (await postgresAnswers(postgresUrl)) {
      process.env.TEST_POSTGRES_URL ??= postgresUrl;
      await runOn("postgresql");
    } else {
      console.log(`postgresql: skipped, no server answers at ${postgresTarget(postgresUrl).connectionString.replace(/:[^:@/]*@/, ":***@")} (set TEST_POSTGRES_URL)`);
    }
    await runOn("sqlite");
  },
};

export default benchmark;
