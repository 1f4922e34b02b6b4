import http from "node:http";
import https from "node:https";
import net from "node:net";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import { getEncoding } from "encoding-sniffer";
import iconv from "iconv-lite";
import { UserError } from "../errors";
import {
  BlockedAddressError,
  guardedLookup,
  isPublicAddress,
  privateHostsAllowedByEnv,
  ALLOW_PRIVATE_HOSTS_SETTING,
  type ResolvedAddress,
} from "./fetch-address";
import type { ArticleFormat } from "./parse-article";

export interface FetchPageOptions {
  /**
   * Fetch from loopback, private and link-local addresses too (tests, intranet sites).
   * Default: the IMPORT_ALLOW_PRIVATE_HOSTS setting ("1" allows them).
   */
  allowPrivateHosts?: boolean;
  /** Which addresses may be connected to; overrides the public-only rule (a stricter or wider policy). */
  isAllowedAddress?: (address: string) => boolean;
  /** Resolves a host name to its addresses; the system resolver by default. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** For the whole fetch, redirects included (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted, after decompression (default 5 MB, as for files). */
  maxBytes?: number;
  /** Redirects followed (default 5), each to a URL checked like the first. */
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The URL the page came from, after redirects. */
  url: string;
  /** The page's text, decoded with its charset. */
  text: string;
  format: ArticleFormat;
  /** The charset the text was decoded from ("utf-8", "windows-1252", …). */
  charset: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_REDIRECTS = 5;
/** The media types of article pages, and how each is read. */
const FORMATS: Record<string, ArticleFormat> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
};
/** A web page's size limit after decompression: article pages are far smaller (files may be larger: read-text-file.ts). */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

const HEADERS = {
  "user-agent": "Vis-a-vis/0.1 (article import)",
  accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8",
  "accept-language": "fr,en;q=0.8",
  "accept-encoding": "gzip, deflate, br",
};

const formatSize = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** Why a page was not fetched, as the web page says it (pageNotFetched's values.reason); see describeError. */
type FetchReason =
  | "scheme"
  | "credentials"
  | "blocked"
  | "redirects"
  | "status"
  | "contentType"
  | "tooLarge"
  | "empty"
  | "binary"
  | "timeout"
  | "noHost"
  | "dns"
  | "refused"
  | "reset"
  | "unreachable"
  | "tls"
  | "other";

/** Thrown inside the fetch; the one-line UserError names the URL asked for. `detail`: what the reason needs said (a status, a size). */
class FetchFailure extends Error {
  constructor(
    readonly reason: FetchReason,
    message: string,
    readonly detail: string | number = "",
  ) {
    super(message);
  }
}

/** Checks a URL before any connection: http(s), no credentials, and an address literal only if allowed. */
function checkUrl(url: URL, isAllowed: (address: string) => boolean): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchFailure("scheme", `only http and https URLs can be fetched, not ${url.protocol}`, url.protocol);
  if (url.username || url.password) throw new FetchFailure("credentials", "URLs with a user name or password are not fetched");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // An address written in the URL is never looked up, so it is checked here.
  if (net.isIP(host) && !isAllowed(host)) throw new BlockedAddressError(host, host);
}

function decompressed(response: http.IncomingMessage): Readable {
  switch ((response.headers["content-encoding"] ?? "").trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return response.pipe(zlib.createGunzip());
    case "deflate":
      return response.pipe(zlib.createInflate());
    case "br":
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return response;
  }
}

/** The body, decompressed, refused past `maxBytes` (a compressed bomb stops there too). */
async function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (declared > maxBytes) throw new FetchFailure("tooLarge", `page is ${formatSize(declared)}, over the ${formatSize(maxBytes)} limit`, megabytes(maxBytes));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decompressed(response)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw new FetchFailure("tooLarge", `page is over the ${formatSize(maxBytes)} limit`, megabytes(maxBytes));
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const isValidUtf8 = (bytes: Buffer) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * The page's text: the charset of its Content-Type, else (HTML) of its byte order mark or
 * <meta charset>, as the HTML standard's sniffing does; else UTF-8 when the bytes are valid
 * UTF-8, else windows-1252 (what browsers assume for old Western pages).
 */
function decode(bytes: Buffer, format: ArticleFormat, charsetLabel: string | undefined): { text: string; charset: string } {
  const defaultEncoding = isValidUtf8(bytes) ? "UTF-8" : "windows-1252";
  const charset = format === "html" || charsetLabel
    ? getEncoding(bytes, { transportLayerEncodingLabel: charsetLabel, defaultEncoding })
    : defaultEncoding;
  const text = iconv.decode(bytes, charset).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return { text, charset: charset.toLowerCase() };
}

interface Hop {
  status: number;
  statusText: string;
  location?: string;
  contentType: string;
  response: http.IncomingMessage;
}

function request(url: URL, lookup: ReturnType<typeof guardedLookup>, signal: AbortSignal): Promise<Hop> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method: "GET", headers: HEADERS, lookup, signal }, (response) =>
      resolve({
        status: response.statusCode ?? 0,
        statusText: response.statusMessage ?? "",
        location: response.headers.location,
        contentType: response.headers["content-type"] ?? "",
        response,
      }),
    );
    req.on("error", reject);
    req.end();
  });
}

/** The network errors a person can act on, by their code: the reason and the words. */
const NETWORK_ERRORS: Record<string, [FetchReason, string]> = {
  ENOTFOUND: ["noHost", "no such host"],
  EAI_AGAIN: ["dns", "the host name could not be resolved (no network?)"],
  ECONNREFUSED: ["refused", "could not connect (connection refused)"],
  ECONNRESET: ["reset", "the connection was reset"],
  EHOSTUNREACH: ["unreachable", "the host cannot be reached"],
  ENETUNREACH: ["unreachable", "the network cannot be reached"],
  ETIMEDOUT: ["timeout", "the connection timed out"],
};

/** A failure as a FetchFailure: its reason, and in words ("could not connect (connection refused)"). */
function describeError(error: unknown, timeoutMs: number): FetchFailure {
  if (error instanceof FetchFailure) return error;
  if (error instanceof BlockedAddressError) {
    return new FetchFailure("blocked", `refused: ${error.message} (set ${ALLOW_PRIVATE_HOSTS_SETTING}=1 to allow private hosts)`, error.address);
  }
  const e = error as NodeJS.ErrnoException;
  if (e?.name === "AbortError" || e?.name === "TimeoutError") return new FetchFailure("timeout", `no complete answer within ${timeoutMs / 1000} s`, String(timeoutMs / 1000));
  const known = e?.code ? NETWORK_ERRORS[e.code] : undefined;
  if (known) return new FetchFailure(...known);
  if (e?.code?.startsWith("ERR_TLS") || /certificate|SSL|TLS/i.test(e?.message ?? "")) return new FetchFailure("tls", `TLS error: ${e.message}`, e.message);
  const message = (e?.message ?? String(error)).replace(/\s+/g, " ");
  return new FetchFailure("other", `fetch failed: ${message}`, message);
}

/**
 * Fetches an article page over http(s), guarded against server-side request forgery:
 * every host (the first and each redirect's) is resolved once, each of its addresses
 * checked (public unicast only, unless private hosts are allowed), and the connection made
 * to the checked address. Limits: `timeoutMs` for the whole fetch, `maxBytes` of body after
 * decompression, `maxRedirects`. Only HTML, plain text and Markdown are accepted, decoded
 * with their charset. Every refusal is one line naming the URL.
 */
export async function fetchPage(input: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allowPrivate = options.allowPrivateHosts ?? privateHostsAllowedByEnv();
  const isAllowed = options.isAllowedAddress ?? ((address: string) => allowPrivate || isPublicAddress(address));
  const lookup = guardedLookup(isAllowed, options.resolve);
  const signal = AbortSignal.timeout(timeoutMs);
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new UserError({ code: "invalidUrl", values: { url: input }, problem: `${input}: not a valid URL` });
  }
  try {
    for (let redirects = 0; ; redirects++) {
      checkUrl(url, isAllowed);
      const hop = await request(url, lookup, signal);
      if (hop.status >= 300 && hop.status < 400 && hop.location) {
        hop.response.resume();
        if (redirects >= maxRedirects) throw new FetchFailure("redirects", `more than ${maxRedirects} redirects`, String(maxRedirects));
        const next = new URL(hop.location, url);
        // A redirect is checked like the first URL: another scheme or a private host is refused.
        try {
          checkUrl(next, isAllowed);
        } catch (error) {
          const failure = describeError(error, timeoutMs);
          throw new FetchFailure(failure.reason, `redirected to ${next.href}: ${failure.message}`, failure.detail);
        }
        url = next;
        continue;
      }
      if (hop.status < 200 || hop.status >= 300) {
        hop.response.resume();
        const status = `${hop.status} ${hop.statusText}`.trim();
        throw new FetchFailure("status", `the server answered ${status}`, status);
      }
      const mediaType = hop.contentType.split(";")[0].trim().toLowerCase();
      const format = FORMATS[mediaType];
      if (!format) {
        hop.response.resume();
        throw new FetchFailure("contentType", `content type ${mediaType || "(none)"} is not an article page (expected HTML, plain text or Markdown)`, mediaType || "(none)");
      }
      const charsetLabel = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(hop.contentType)?.[1];
      const bytes = await readBody(hop.response, maxBytes);
      if (!bytes.length) throw new FetchFailure("empty", "the page is empty");
      if (bytes.includes(0) && !/^utf-?16/i.test(charsetLabel ?? "")) throw new FetchFailure("binary", "binary content (contains NUL bytes), expected text");
      return { url: url.href, format, ...decode(bytes, format, charsetLabel) };
    }
  } catch (error) {
    const where = url.href === new URL(input.trim()).href ? input.trim() : `${input.trim()} (redirected to ${url.href})`;
    const failure = describeError(error, timeoutMs);
    throw new UserError({ code: "pageNotFetched", values: { url: input.trim(), reason: failure.reason, detail: failure.detail }, problem: `${where}: ${failure.message}` });
  }
}
