import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { NextRequest } from "next/server";
import { GET } from "../../app/api/export/route";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { seedHostile } from "./seed";

// The route handler over a real HTTP connection (Node's server, as `next start` uses):
// headers as a browser sees them, the body streamed in chunks. The Next.js build itself
// is exercised by the browser tests.
let temp: TempDb;
let server: http.Server;
let base: string;

beforeAll(async () => {
  jest.spyOn(console, "warn").mockImplementation(() => {});
  temp = await createTempDb();
  await seedHostile(temp.db);
  process.env.DATABASE_URL = temp.url;
  server = http.createServer(async (req, res) => {
    const response = await GET(new NextRequest(new URL(req.url!, "http://127.0.0.1")));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) Readable.fromWeb(response.body as never).pipe(res);
    else res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await temp.close();
});

it("GET /api/export answers a download, streamed (chunked), with its file name and type", async () => {
  const response = await fetch(`${base}/api/export?doc=hostile&format=xliff12`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/x-xliff+xml; charset=utf-8");
  expect(response.headers.get("content-disposition")).toBe('attachment; filename="hostile.xliff12.xlf"');
  expect(response.headers.get("transfer-encoding")).toBe("chunked");
  const xml = await response.text();
  expect(xml.match(/<trans-unit /g)).toHaveLength(8);
});

it("answers 404 with a JSON error for an unknown document", async () => {
  const response = await fetch(`${base}/api/export?doc=nope&format=tmx`);
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: "doc nope: no document with this slug" });
});
