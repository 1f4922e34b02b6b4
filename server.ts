// `npm start` serves the app with this: Next.js's own request handler behind a cache of
// whole reader pages (app/server/page-cache.ts). Everything else is `next start` as is:
// the same build (NEXT_DIST_DIR), PORT (3000) and HOST (all interfaces; 127.0.0.1 in tests).
import http from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { PageCache } from "./app/server/page-cache";
import { listenProblem, parsePort } from "./scripts/port";
import { createDb } from "./lib/db/client";
import { stampPeerAddress } from "./lib/security/peer-address";

const hostname = process.env.HOST || undefined;

/** Ends the process with one line on stderr: a setting or the machine is at fault, not the code. */
function stop(line: string): never {
  console.error(line);
  process.exit(1);
}

/** What a person reads once the server answers: where to open it, and how to begin. */
function readyLines(port: number): string {
  const base = `http://${!hostname || hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname}:${port}`;
  return [
    `✓ Ready on ${base}`,
    `  Open ${base}/fr to read (${base}/en for the interface in English).`,
    `  Add a first article: ${base}/fr/import in the browser, or npm run import -- article.txt --en article.en.txt`,
  ].join("\n");
}

async function main(): Promise<void> {
  const parsed = parsePort(process.env.PORT);
  if (typeof parsed === "string") stop(parsed);
  const port = parsed;
  const app = next({ dev: false, dir: __dirname, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // A client of its own: reading versions never waits on the app's connection.
  const cache = process.env.READER_PAGE_CACHE === "0" ? null : new PageCache(createDb());
  const server = http.createServer(async (req, res) => {
    // Why a custom server, besides the cache: only here is the socket's address known.
    // Next.js gives route handlers and server actions no socket, and whoever writes from
    // loopback needs no account, so the address must come from the socket, not from a
    // header the client wrote. Without server.ts (next start, next dev) it is unknown.
    stampPeerAddress(req);
    try {
      const key = cache ? await cache.keyOf(req) : null;
      if (key && cache!.serve(key, res)) return;
      if (key) cache!.record(key, res);
      await handle(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal error\n");
    }
  });
  server.once("error", (error: NodeJS.ErrnoException) => stop(listenProblem(error, port, hostname)));
  server.listen(port, hostname, () => console.log(readyLines((server.address() as AddressInfo).port)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
