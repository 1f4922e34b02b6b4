import fs from "node:fs";
import path from "node:path";
import { GET } from "../../app/api/export/route";
import { expectOneLineRefusal } from "../helpers/expect-refusal";
import { serveRoute, type RouteServer } from "../helpers/route-server";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { loadXhtml, shownRows, unzipBook } from "./epub-helpers";
import { seedHostile } from "./seed";

jest.setTimeout(120_000);

let temp: TempDb;
let server: RouteServer;
let base: string;
const exportCli = (...args: string[]) => runScript("export", args, { DATABASE_URL: temp.url });

beforeAll(async () => {
  jest.spyOn(console, "warn").mockImplementation(() => {});
  temp = await createTempDb();
  await seedHostile(temp.db, "hostile");
  await seedHostile(temp.db, "second");
  process.env.DATABASE_URL = temp.url;
  server = await serveRoute(GET);
  base = server.base;
});
afterAll(async () => {
  await server.close();
  await temp.close();
});

const chapter = (bytes: Uint8Array, n = 1) => loadXhtml(unzipBook(bytes).get(`EPUB/text/d${n}.xhtml`)!);

describe("npm run export -- --format epub", () => {
  it("--out writes the book and says so in one line (warnings aside)", () => {
    const out = path.join(temp.dir, "hostile.epub");
    const result = exportCli("--doc", "hostile", "--format", "epub", "--out", out);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([
      "warning: hostile: French paragraph 7: dropped U+0001 U+FFFE (not allowed in XML 1.0)",
      `wrote ${out} (8 rows)`,
    ]);
    const $ = chapter(fs.readFileSync(out));
    expect(shownRows($)).toHaveLength(8);
    expect($("aside")).toHaveLength(0);
  });

  it("--epub-english notes puts the English in footnotes; --all makes one chapter per document", () => {
    const out = path.join(temp.dir, "all-notes.epub");
    const result = exportCli("--all", "--format", "epub", "--epub-english", "notes", "--out", out);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split("\n").at(-1)).toBe(`wrote ${out} (16 rows)`);
    const bytes = fs.readFileSync(out);
    for (const n of [1, 2]) expect(chapter(bytes, n)("aside[epub\\:type='footnote']")).toHaveLength(5);
    expect(unzipBook(bytes).has("EPUB/text/d3.xhtml")).toBe(false);
  });

  it("writes the book to stdout when it is not a terminal", () => {
    const result = exportCli("--doc", "second", "--format", "epub");
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith("PK\x03\x04\x14\x00")).toBe(true);
    expect(result.stdout.slice(30, 58)).toBe("mimetypeapplication/epub+zip");
  });

  it.each([
    [["--doc", "hostile", "--format", "tmx", "--epub-english", "notes"], /^error: --epub-english: only with --format epub$/],
    [["--doc", "hostile", "--format", "epub", "--epub-english", "popup"], /--epub-english.*popup.*inline, notes/],
    [["--doc", "nope", "--format", "epub", "--out", "x.epub"], /^error: --doc nope: no document with this slug$/],
  ])("refuses %j in one line, writing nothing", (args, message) => {
    expectOneLineRefusal(exportCli(...args), message);
    expect(fs.existsSync("x.epub")).toBe(false);
  });

  it("refuses --all on an empty library in one line (a book needs a chapter), leaving no file", async () => {
    const empty = await createTempDb();
    try {
      const out = path.join(empty.dir, "empty.epub");
      expectOneLineRefusal(runScript("export", ["--all", "--format", "epub", "--out", out], { DATABASE_URL: empty.url }), /^error: --all: no document to export$/);
      expect(fs.readdirSync(empty.dir).filter((f) => f.includes("epub"))).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});

describe("GET /api/export?format=epub", () => {
  it("answers the book as an attachment, streamed, with the EPUB media type", async () => {
    const response = await fetch(`${base}/api/export?doc=hostile&format=epub`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/epub+zip");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="hostile.epub"');
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    const $ = chapter(new Uint8Array(await response.arrayBuffer()));
    expect(shownRows($)).toHaveLength(8);
    expect($("div.en")).toHaveLength(6);
  });

  it("epubEnglish=notes gives the footnote book, named apart", async () => {
    const response = await fetch(`${base}/api/export?all=1&format=epub&epubEnglish=notes`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="vis-a-vis-notes.epub"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(chapter(bytes, 2)("a[epub\\:type='noteref']")).toHaveLength(5);
  });

  it.each([
    ["doc=hostile&format=tmx&epubEnglish=notes", 400, "epubEnglish: only with format=epub"],
    ["doc=hostile&format=epub&epubEnglish=popup", 400, /^epubEnglish: /],
    ["doc=nope&format=epub", 404, "doc nope: no document with this slug"],
  ])("%s: %i with a JSON error naming the parameter", async (query, status, error) => {
    const response = await fetch(`${base}/api/export?${query}`);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(error);
  });
});
