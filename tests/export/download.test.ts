import { NextRequest } from "next/server";
import { GET } from "../../app/api/export/route";
import { exportResponse } from "../../lib/export/download";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { seedHostile } from "./seed";

let temp: TempDb;
const get = (query: string) => exportResponse(temp.db, new URLSearchParams(query));

let warn: jest.SpyInstance;
beforeAll(async () => {
  // Dropped characters are logged on the server (the download has no other channel).
  warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  temp = await createTempDb();
  await seedHostile(temp.db);
});
afterAll(async () => {
  warn.mockRestore();
  await temp.close();
});

describe("GET /api/export", () => {
  it.each([
    ["doc=hostile&format=tmx", "application/x-tmx+xml; charset=utf-8", "hostile.tmx"],
    ["doc=hostile&format=xliff", "application/xliff+xml; charset=utf-8", "hostile.xlf"],
    ["doc=hostile&format=xliff12", "application/x-xliff+xml; charset=utf-8", "hostile.xliff12.xlf"],
    ["doc=hostile&format=csv", "text/csv; charset=utf-8; header=present", "hostile.csv"],
    ["doc=hostile&format=tsv", "text/tab-separated-values; charset=utf-8", "hostile.tsv"],
    ["doc=hostile&format=md", "text/markdown; charset=utf-8", "hostile.md"],
    ["doc=hostile&format=html", "text/html; charset=utf-8", "hostile.html"],
    ["doc=hostile&format=json&status=reviewed", "application/json; charset=utf-8", "hostile-reviewed.json"],
    ["doc=hostile&format=txt&side=en", "text/plain; charset=utf-8", "hostile.en"],
    ["all=1&format=tmx", "application/x-tmx+xml; charset=utf-8", "vis-a-vis.tmx"],
  ])("%s: an attachment with its file name and content type", async (query, type, name) => {
    const response = await get(query);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${name}"`);
    expect((await response.text()).length).toBeGreaterThan(10);
  });

  it("streams the body", async () => {
    const response = await get("doc=hostile&format=tmx");
    expect(response.body).toBeInstanceOf(ReadableStream);
    const text = await response.text();
    expect(text.match(/<tu /g)).toHaveLength(8);
    expect(warn).toHaveBeenCalledWith("export: hostile: French paragraph 7: dropped U+0001 U+FFFE (not allowed in XML 1.0)");
  });

  // Through the route: lib throws a UserError, the route answers it (app/server/api-error.ts).
  const route = (query: string) => GET(new NextRequest(`http://localhost/api/export?${query}`));
  it.each([
    ["format=tmx", 400, /^doc: give either doc=SLUG or all=1$/],
    ["doc=hostile&format=docx", 400, /^format: /],
    ["doc=hostile&format=txt", 400, /^side: format=txt is two files/],
    ["doc=absent&format=tmx", 404, /^doc absent: no document with this slug$/],
    ["doc=hostile&format=tmx&sourceLang=x%20y", 400, /^sourceLang "x y": not a language tag/],
  ])("%s: %s with a JSON error naming the parameter", async (query, status, message) => {
    process.env.DATABASE_URL = temp.url;
    const response = await route(query);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
  });

  it("the route handler answers through the same function", async () => {
    process.env.DATABASE_URL = temp.url;
    const response = await GET(new NextRequest("http://localhost/api/export?doc=hostile&format=csv"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="hostile.csv"');
    expect((await response.text()).split("\r\n")[0]).toBe("document,row,fr,en,link_type,method,status");
  });
});
