import { GET } from "../../app/api/export/route";
import { serveRoute, type RouteServer } from "../helpers/route-server";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { seedHostile } from "./seed";

// The route handler over a real HTTP connection (see serveRoute).
let temp: TempDb;
let server: RouteServer;
let base: string;

beforeAll(async () => {
  jest.spyOn(console, "warn").mockImplementation(() => {});
  temp = await createTempDb();
  await seedHostile(temp.db);
  process.env.DATABASE_URL = temp.url;
  server = await serveRoute(GET);
  base = server.base;
});
afterAll(async () => {
  await server.close();
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
