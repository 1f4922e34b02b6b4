// `npm start` serves the app with this: Next.js's own request handler behind a cache of
// whole reader pages (app/server/page-cache.ts). Everything else is `next start` as is:
// the same build (NEXT_DIST_DIR), PORT (3000) and HOST (all interfaces; 127.0.0.1 in tests).
import http from "node:http";
import next from "next";
import { PageCache } from "./app/server/page-cache";
import { createDb } from "./lib/db/client";
import { stampPeerAddress } from "./lib/security/peer-address";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST || undefined;

async function main(): Promise<void> {
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
  server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname ?? "localhost"}:${port}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
