import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { NextRequest } from "next/server";

export interface RouteServer {
  /** http://127.0.0.1:PORT */
  base: string;
  close(): Promise<void>;
}

/**
 * A route handler over a real HTTP connection on a loopback port (Node's server, as `next
 * start` uses): headers as a browser sees them, the body streamed in chunks. The Next.js
 * build itself is exercised by the browser tests.
 */
export async function serveRoute(handler: (request: NextRequest) => Promise<Response>): Promise<RouteServer> {
  const server = http.createServer(async (req, res) => {
    const response = await handler(new NextRequest(new URL(req.url!, "http://127.0.0.1")));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) Readable.fromWeb(response.body as never).pipe(res);
    else res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
