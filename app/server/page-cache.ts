import { createHash } from "node:crypto";
import type http from "node:http";
import type { Db } from "@/lib/db/client";
import { readReaderVersion } from "@/lib/reader/reader-version";
import { isLoopback } from "@/lib/security/write-access";

/**
 * Whole reader pages, kept as the bytes Next.js sent, keyed by everything that shapes them:
 * the address (locale, document, window, filters), the cookies the request sends (view mode, editor token,
 * session: a page offers editing only to those who may), whether the request came from
 * this machine and under which Host (writing depends on both), and the versions of the
 * document and of the glossary, read from the database on every request (one indexed
 * query). Any write, from any process or app server, moves a version and so misses the
 * cache: a writer's edit shows at once. A hit costs that query and a write of the bytes,
 * instead of rendering React (about 15 ms of CPU a page): what lets one server answer
 * hundreds of readers a second.
 */

export const CACHE_HEADER = "x-vis-a-vis-page-cache";

/** Reader pages only: /fr/documents/SLUG and /en/documents/SLUG, with any query. */
const READER_PATH = /^\/(fr|en)\/documents\/([^/?#]+)\/?(?:\?.*)?$/;
/** Pages kept at most, and their bytes at most (least recently used go first). */
const MAX_PAGES = 500;
const MAX_BYTES = 128 * 1024 * 1024;
/**
 * What no version counts: a session that expires or a person whose role an admin changed
 * keeps the same cookie. A page is kept this long at most, so such changes show within it.
 */
const MAX_AGE_MS = 60_000;

interface CachedPage {
  storedAt: number;
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
}

/**
 * Whether a response sets no cookie but next-intl's locale one, which the address already
 * names (the same page always sets the same): anything else (a session) is never replayed.
 */
function onlyLocaleCookie(header: http.OutgoingHttpHeader | undefined): boolean {
  const cookies = header === undefined ? [] : Array.isArray(header) ? header : [String(header)];
  return cookies.every((c) => /^NEXT_LOCALE=[a-z]{2};/.test(c));
}

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly db: Db) {}

  /** The cache key of a request, or null when its answer is not to be kept (not a reader page, or one the client asks in another shape). */
  async keyOf(req: http.IncomingMessage): Promise<string | null> {
    if (req.method !== "GET" || !req.url) return null;
    // Client-side navigations ask for the React payload, not the page: left to Next.js.
    if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-action"]) return null;
    const match = READER_PATH.exec(req.url);
    if (!match) return null;
    let slug: string;
    try {
      slug = decodeURIComponent(match[2]);
    } catch {
      return null;
    }
    const version = await readReaderVersion(this.db, slug);
    if (!version) return null;
    const who = [req.headers.cookie ?? "", req.headers.host ?? "", isLoopback(req.socket.remoteAddress) ? "local" : "remote", req.headers["accept-encoding"] ?? ""];
    return createHash("sha256").update(JSON.stringify([req.url, version.key, ...who])).digest("base64url");
  }

  /** Answers from the cache; false when the page is not there. */
  serve(key: string, res: http.ServerResponse): boolean {
    const page = this.pages.get(key);
    if (page && Date.now() - page.storedAt > MAX_AGE_MS) {
      this.pages.delete(key);
      this.bytes -= page.body.length;
      this.misses++;
      return false;
    }
    if (!page) {
      this.misses++;
      return false;
    }
    this.hits++;
    // Most recently used last.
    this.pages.delete(key);
    this.pages.set(key, page);
    // Said in a header of our own: tests and operators can tell a page served from here.
    res.writeHead(page.status, { ...Object.fromEntries(page.headers), [CACHE_HEADER]: "hit" });
    res.end(page.body);
    return true;
  }

  /**
   * Lets Next.js answer, copying what it sends; a complete 200 HTML answer without cookies
   * to set is kept under `key`.
   */
  record(key: string, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      if (Buffer.isBuffer(chunk)) chunks.push(chunk);
      else if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
      else chunks.push(Buffer.from(chunk as Uint8Array));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      const type = String(res.getHeader("content-type") ?? "");
      if (res.statusCode === 200 && type.startsWith("text/html") && onlyLocaleCookie(res.getHeader("set-cookie"))) {
        this.store(key, { storedAt: Date.now(), status: res.statusCode, headers: Object.entries(res.getHeaders()).map(([k, v]) => [k, Array.isArray(v) ? v : String(v)]), body: Buffer.concat(chunks) });
      }
      return end(...args);
    }) as typeof res.end;
  }

  private store(key: string, page: CachedPage): void {
    if (page.body.length > MAX_BYTES / 4) return;
    const replaced = this.pages.get(key);
    if (replaced) {
      this.pages.delete(key);
      this.bytes -= replaced.body.length;
    }
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldest, old] of this.pages) {
      if (this.pages.size <= MAX_PAGES && this.bytes <= MAX_BYTES) break;
      this.pages.delete(oldest);
      this.bytes -= old.body.length;
    }
  }
}
