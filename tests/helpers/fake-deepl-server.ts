import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A DeepL-compatible HTTP server on 127.0.0.1 (random port) for tests: the endpoints
 * deepl-node 1.28's Translator calls, with DeepL's request and response shapes
 * (developers.deepl.com: /v2/translate, /v2/usage, /v2/glossaries):
 *
 * - every request needs `Authorization: DeepL-Auth-Key <key>`, else 403 {"message"};
 * - POST /v2/translate, form-encoded: `text` (repeated, at most 50), `target_lang`
 *   (refuses "EN", DeepL's deprecated code), `source_lang` (required with `glossary_id`),
 *   `glossary_id`, `formality`, `context`, `preserve_formatting`… Body over 128 KiB: 413.
 *   Answers {"translations":[{"detected_source_language":"FR","text","billed_characters"}]}.
 *   The "translation" is the text with the glossary applied, tagged `[EN-GB]`, so tests
 *   can see which glossary was used. Characters are billed against `characterLimit`: a
 *   request that would pass it gets 456 {"message":"Quota Exceeded"}.
 * - GET /v2/usage: {"character_count","character_limit"}.
 * - POST /v2/glossaries (form: name, source_lang, target_lang, entries_format=tsv,
 *   entries): 201 with the glossary's info; GET /v2/glossaries, GET and DELETE
 *   /v2/glossaries/{id} (404 {"message":"Glossary not found"}), GET …/entries (TSV).
 *
 * Tests script failures with `failNext` (e.g. one 429) and `hang` (accept requests and
 * never answer), and read `requests` to count what was sent.
 */
export interface FakeRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  status: number;
}

export interface FakeGlossary {
  glossary_id: string;
  name: string;
  ready: boolean;
  source_lang: string;
  target_lang: string;
  creation_time: string;
  entry_count: number;
  entries: [string, string][];
}

const MAX_BODY = 128 * 1024;

export class FakeDeeplServer {
  readonly authKey = "test-key:fx";
  readonly requests: FakeRequest[] = [];
  readonly glossaries = new Map<string, FakeGlossary>();
  characterCount = 0;
  characterLimit = 500_000;
  /** Statuses to answer the next /v2/translate requests with, in order (429, 456, 403, 500…). */
  private failures: number[] = [];
  /** While set, /v2/translate requests are held without an answer. */
  hang = false;
  private readonly held: http.ServerResponse[] = [];
  private server!: http.Server;
  url = "";

  static async start(): Promise<FakeDeeplServer> {
    const fake = new FakeDeeplServer();
    fake.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => fake.handle(req, Buffer.concat(chunks), res));
    });
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  failNext(...statuses: number[]): void {
    this.failures.push(...statuses);
  }

  /** Requests to /v2/translate, answered or not. */
  translateRequests(): FakeRequest[] {
    return this.requests.filter((r) => r.path === "/v2/translate");
  }

  /** Every text DeepL translated (answered 200), in order: a text twice means billed twice. */
  translatedTexts(): string[] {
    return this.translateRequests()
      .filter((r) => r.status === 200)
      .flatMap((r) => r.params.getAll("text"));
  }

  async stop(): Promise<void> {
    for (const res of this.held.splice(0)) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", this.url);
    const type = (req.headers["content-type"] ?? "").split(";")[0].trim();
    const params = req.method === "GET" || req.method === "DELETE" ? url.searchParams : parseBody(type, body);
    const record: FakeRequest = { method: req.method ?? "GET", path: url.pathname, params: params ?? new URLSearchParams(), headers: req.headers, status: 0 };
    this.requests.push(record);
    const send = (status: number, payload?: unknown, type = "application/json") => {
      record.status = status;
      res.writeHead(status, payload === undefined ? {} : { "Content-Type": type });
      res.end(payload === undefined ? undefined : typeof payload === "string" ? payload : JSON.stringify(payload));
    };

    if (req.headers.authorization !== `DeepL-Auth-Key ${this.authKey}`) return send(403, { message: "Forbidden" });
    if (body.length > MAX_BODY) return send(413, { message: "Request Entity Too Large" });
    if (!params) return send(415, { message: `Unsupported Content-Type ${type || "(none)"}` });

    const glossaryPath = url.pathname.match(/^\/v2\/glossaries\/([^/]+)(\/entries)?$/);
    if (url.pathname === "/v2/translate" && req.method === "POST") return this.translate(params, res, send);
    if (url.pathname === "/v2/usage" && req.method === "GET") {
      return send(200, { character_count: this.characterCount, character_limit: this.characterLimit });
    }
    if (url.pathname === "/v2/glossaries" && req.method === "POST") return this.createGlossary(params, send);
    if (url.pathname === "/v2/glossaries" && req.method === "GET") {
      return send(200, { glossaries: [...this.glossaries.values()].map(info) });
    }
    if (glossaryPath) {
      const glossary = this.glossaries.get(glossaryPath[1]);
      if (!glossary) return send(404, { message: "Glossary not found" });
      if (req.method === "GET" && glossaryPath[2]) {
        return send(200, glossary.entries.map((e) => e.join("\t")).join("\n"), "text/tab-separated-values");
      }
      if (req.method === "GET") return send(200, info(glossary));
      if (req.method === "DELETE") {
        this.glossaries.delete(glossary.glossary_id);
        return send(204);
      }
    }
    return send(404, { message: "Not found" });
  }

  private translate(params: URLSearchParams, res: http.ServerResponse, send: (status: number, payload?: unknown) => void): void {
    if (this.hang) {
      this.held.push(res);
      return;
    }
    const failure = this.failures.shift();
    if (failure === 429) return send(429, { message: "Too many requests" });
    if (failure === 456) return send(456, { message: "Quota Exceeded" });
    if (failure === 403) return send(403, { message: "Forbidden" });
    if (failure !== undefined) return send(failure, { message: "Internal error" });

    const texts = params.getAll("text");
    const target = params.get("target_lang")?.toUpperCase();
    const source = params.get("source_lang")?.toUpperCase();
    const glossaryId = params.get("glossary_id");
    if (!texts.length) return send(400, { message: "Parameter 'text' not specified." });
    if (texts.length > 50) return send(413, { message: "Too many texts in request" });
    if (!target || !/^EN-(GB|US)$|^(DE|FR|ES|IT|NL|PL|JA)$/.test(target)) {
      return send(400, { message: "Value for 'target_lang' not supported." });
    }
    let glossary: FakeGlossary | undefined;
    if (glossaryId) {
      if (!source) return send(400, { message: "Use of a glossary requires the 'source_lang' parameter to be specified." });
      glossary = this.glossaries.get(glossaryId);
      if (!glossary) return send(404, { message: "Glossary not found" });
      if (glossary.source_lang.toUpperCase() !== source || !target.startsWith(glossary.target_lang.toUpperCase())) {
        return send(400, { message: "Language pair of the glossary doesn't match the language pair of the request" });
      }
    }
    const billed = texts.map((t) => [...t].length);
    const total = billed.reduce((a, b) => a + b, 0);
    if (this.characterCount + total > this.characterLimit) return send(456, { message: "Quota Exceeded" });
    this.characterCount += total;
    send(200, {
      translations: texts.map((text, i) => ({
        detected_source_language: "FR",
        text: `[${target}] ${applyGlossary(text, glossary)}`,
        billed_characters: billed[i],
      })),
    });
  }

  private createGlossary(params: URLSearchParams, send: (status: number, payload?: unknown) => void): void {
    const name = params.get("name");
    const sourceLang = params.get("source_lang");
    const targetLang = params.get("target_lang");
    const format = params.get("entries_format") ?? "tsv";
    const raw = params.get("entries") ?? "";
    if (!name || !sourceLang || !targetLang) return send(400, { message: "Missing name, source_lang or target_lang" });
    if (targetLang.includes("-")) return send(400, { message: "Value for 'target_lang' not supported." });
    if (format !== "tsv") return send(400, { message: "Unsupported entries_format" });
    const entries = raw.split(/\r\n|\n/).filter(Boolean).map((line) => line.split("\t") as [string, string]);
    if (!entries.length || entries.some((e) => e.length !== 2 || !e[0] || !e[1])) return send(400, { message: "Invalid glossary entries provided" });
    if (new Set(entries.map((e) => e[0])).size !== entries.length) return send(400, { message: "Duplicate source entries" });
    const glossary: FakeGlossary = {
      glossary_id: randomUUID(),
      name,
      ready: true,
      source_lang: sourceLang,
      target_lang: targetLang,
      creation_time: new Date().toISOString(),
      entry_count: entries.length,
      entries,
    };
    this.glossaries.set(glossary.glossary_id, glossary);
    send(201, info(glossary));
  }
}

const info = ({ entries: _, ...glossary }: FakeGlossary) => glossary;

/** DeepL takes form-encoded or JSON bodies (deepl-node sends forms); null for anything else. */
function parseBody(type: string, body: Buffer): URLSearchParams | null {
  if (type === "application/x-www-form-urlencoded" || (!type && !body.length)) return new URLSearchParams(body.toString("utf8"));
  if (type !== "application/json") return null;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(JSON.parse(body.toString("utf8") || "{}") as Record<string, unknown>)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  return params;
}

/** Longest French form first, whole words only, as a glossary-aware engine would. */
function applyGlossary(text: string, glossary: FakeGlossary | undefined): string {
  if (!glossary) return text;
  const entries = [...glossary.entries].sort((a, b) => b[0].length - a[0].length);
  let out = text;
  const placeholders: string[] = [];
  for (const [fr, en] of entries) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${fr.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
    out = out.replace(pattern, () => {
      placeholders.push(en);
      return `\u0000${placeholders.length - 1}\u0000`;
    });
  }
  // eslint-disable-next-line no-control-regex
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => placeholders[Number(i)]);
}
