import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import iconv from "iconv-lite";
import { isPublicAddress } from "../../lib/import/fetch-address";
import { fetchArticle } from "../../lib/import/fetch-article";
import { fetchPage } from "../../lib/import/fetch-page";
import { parseArticleFile } from "../../lib/import/parse-article";

const CANICULE = path.join(__dirname, "..", "fixtures", "import", "canicule.html");
const html = fs.readFileSync(CANICULE);

let server: http.Server;
let base: string;
let port: number;
const hits: string[] = [];

const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  "/canicule.html": (_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html),
  "/gzip.html": (_, res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(html)),
  "/latin1.txt": (_, res) =>
    res.writeHead(200, { "content-type": "text/plain; charset=ISO-8859-1" }).end(iconv.encode("Été caniculaire à Paris\n\nLes Parisiens se baignent dans la Seine.\n", "latin1")),
  "/meta-charset.html": (_, res) =>
    res
      .writeHead(200, { "content-type": "text/html" })
      .end(iconv.encode('<html><head><meta charset="windows-1252"></head><body><h1>Été à Paris</h1><p>La Seine accueille les nageurs à Bercy.</p></body></html>', "win1252")),
  "/article.md": (_, res) => res.writeHead(200, { "content-type": "text/markdown; charset=utf-8" }).end("# Canicule\n\nLa Seine accueille les nageurs.\n"),
  "/redirect": (_, res) => res.writeHead(302, { location: "/canicule.html" }).end(),
  "/loop": (_, res) => res.writeHead(302, { location: "/loop" }).end(),
  "/to-file": (_, res) => res.writeHead(301, { location: "file:///etc/passwd" }).end(),
  "/to-other-loopback": (_, res) => res.writeHead(302, { location: `http://127.0.0.2:${port}/canicule.html` }).end(),
  "/report.pdf": (_, res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4"),
  "/missing": (_, res) => res.writeHead(404, { "content-type": "text/html" }).end("<p>Not here</p>"),
  // Headers only, the connection kept open: the size declared must be refused before any body
  // (ending the response short instead lets the socket's reset race the headers).
  "/declared-big": (_, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": String(10 * 1024 * 1024) });
    res.flushHeaders();
  },
  "/streamed-big": (_, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<p>${"x".repeat(4096)}</p>`);
  },
  "/bomb.html": (_, res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, 32))),
  "/slow": () => {
    // Never answers: the fetch's time limit must end it.
  },
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    (routes[req.url ?? ""] ?? routes["/missing"])(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local = { allowPrivateHosts: true };

describe("server-side request forgery guard", () => {
  it("refuses loopback without the setting, before any request, by address, name or IPv4-mapped IPv6", async () => {
    hits.length = 0;
    await expect(fetchPage(`${base}/canicule.html`)).rejects.toThrow(
      `${base}/canicule.html: refused: 127.0.0.1, a loopback address (set IMPORT_ALLOW_PRIVATE_HOSTS=1 to allow private hosts)`,
    );
    await expect(fetchPage(`http://localhost:${port}/canicule.html`)).rejects.toThrow(/^http:\/\/localhost:\d+\/canicule\.html: refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    await expect(fetchPage(`http://[::ffff:127.0.0.1]:${port}/canicule.html`)).rejects.toThrow(/refused: ::ffff:7f00:1, a loopback address/);
    expect(hits).toEqual([]);
  });

  it("classifies addresses: only public unicast ones are fetched from by default", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1", "2002:7f00:1::", "64:ff9b::7f00:1", "224.0.0.1"]) {
      expect([address, isPublicAddress(address)]).toEqual([address, false]);
    }
    for (const address of ["8.8.8.8", "93.184.216.34", "2606:4700::1111"]) expect([address, isPublicAddress(address)]).toEqual([address, true]);
  });

  it("IMPORT_ALLOW_PRIVATE_HOSTS=1 allows this machine (tests, intranets)", async () => {
    process.env.IMPORT_ALLOW_PRIVATE_HOSTS = "1";
    try {
      expect((await fetchPage(`${base}/canicule.html`)).format).toBe("html");
    } finally {
      delete process.env.IMPORT_ALLOW_PRIVATE_HOSTS;
    }
  });

  it("checks every redirect's host like the first", async () => {
    hits.length = 0;
    const only127001 = { isAllowedAddress: (a: string) => a === "127.0.0.1" };
    await expect(fetchPage(`${base}/to-other-loopback`, only127001)).rejects.toThrow(
      `${base}/to-other-loopback: redirected to http://127.0.0.2:${port}/canicule.html: refused: 127.0.0.2, a loopback address`,
    );
    expect(hits).toEqual(["/to-other-loopback"]);
    await expect(fetchPage(`${base}/to-file`, local)).rejects.toThrow(`${base}/to-file: redirected to file:///etc/passwd: only http and https URLs can be fetched, not file:`);
  });

  it("connects to the address it checked: a second answer of the name (DNS rebinding) cannot switch it", async () => {
    let calls = 0;
    // First answer allowed, every later one not: the fetch works only if it resolves once per connection.
    const resolve = async () => [{ address: ++calls === 1 ? "127.0.0.1" : "127.0.0.2", family: 4 }];
    const page = await fetchPage(`http://news.test:${port}/canicule.html`, { resolve, isAllowedAddress: (a) => a === "127.0.0.1" });
    expect(page.text).toContain("Canicule");
    expect(calls).toBe(1);
  });
});

describe("fetching pages", () => {
  it("gives the same article as the file, with the page's address", async () => {
    const article = await fetchArticle(`${base}/canicule.html`, local);
    const file = parseArticleFile(CANICULE);
    expect(article.paragraphs).toEqual(file.paragraphs);
    expect(article).toMatchObject({ kicker: "Météo", byline: "Claire Dubois", publishedOn: "2025-07-01", sourceUrl: file.sourceUrl, source: "Le Quotidien" });
    const markdown = await fetchArticle(`${base}/article.md`, local);
    expect(markdown).toMatchObject({ title: "Canicule", sourceUrl: `${base}/article.md`, source: "127.0.0.1" });
  });

  it("follows redirects a few times, and decompresses", async () => {
    expect((await fetchPage(`${base}/redirect`, local)).url).toBe(`${base}/canicule.html`);
    expect((await fetchPage(`${base}/gzip.html`, local)).text).toBe(html.toString("utf8"));
    await expect(fetchPage(`${base}/loop`, local)).rejects.toThrow(`${base}/loop: more than 5 redirects`);
  });

  it("honours the charset of the Content-Type, else of the page's <meta>", async () => {
    // The Encoding Standard reads the label ISO-8859-1 as windows-1252, as browsers do.
    expect(await fetchPage(`${base}/latin1.txt`, local)).toMatchObject({ format: "text", charset: "windows-1252", text: expect.stringContaining("Été caniculaire à Paris") });
    const article = await fetchArticle(`${base}/meta-charset.html`, local);
    expect(article.title).toBe("Été à Paris");
  });

  it("refuses what is not an article page, with one line naming the URL", async () => {
    await expect(fetchPage(`${base}/report.pdf`, local)).rejects.toThrow(
      `${base}/report.pdf: content type application/pdf is not an article page (expected HTML, plain text or Markdown)`,
    );
    await expect(fetchPage(`${base}/nowhere`, local)).rejects.toThrow(`${base}/nowhere: the server answered 404 Not Found`);
    await expect(fetchPage("ftp://example.org/a.html")).rejects.toThrow("ftp://example.org/a.html: only http and https URLs can be fetched, not ftp:");
    await expect(fetchPage("not a url")).rejects.toThrow("not a url: not a valid URL");
    await expect(fetchPage(`http://user:secret@127.0.0.1:${port}/`, local)).rejects.toThrow(/URLs with a user name or password are not fetched/);
  });

  it("stops at the size limit, declared or not, compressed or not, and at the time limit", async () => {
    await expect(fetchPage(`${base}/declared-big`, local)).rejects.toThrow(`${base}/declared-big: page is 10.0 MB, over the 5.0 MB limit`);
    await expect(fetchPage(`${base}/streamed-big`, { ...local, maxBytes: 1024 })).rejects.toThrow(`${base}/streamed-big: page is over the 0.0 MB limit`);
    await expect(fetchPage(`${base}/bomb.html`, local)).rejects.toThrow(`${base}/bomb.html: page is over the 5.0 MB limit`);
    await expect(fetchPage(`${base}/slow`, { ...local, timeoutMs: 300 })).rejects.toThrow(`${base}/slow: no complete answer within 0.3 s`);
    // Decompressing the bomb on a loaded machine takes seconds: what is asserted is the refusal.
  }, 30_000);

  it("a refused connection is one line too", async () => {
    await expect(fetchPage(`http://127.0.0.1:1/`, local)).rejects.toThrow("http://127.0.0.1:1/: could not connect (connection refused)");
  });
});
