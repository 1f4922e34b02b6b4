import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { E2E_DIST_DIR, ROOT } from "./paths";

/**
 * Server actions called over HTTP as React's client calls them (encodeReply, Next-Action):
 * from the page's own origin with a cookie of the test's choosing, or with the Host and
 * Origin a test chooses (requests no browser page of ours would send: another site's),
 * and for many clients at once without a browser each.
 */

// The encoder React's client uses for server action arguments.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply(value: unknown[]): Promise<string | FormData>;
};

export interface Answer {
  status: number;
  text: string;
}

export function send(port: number, method: string, url: string, headers: Record<string, string>, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method, path: url, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** The id Next.js gave a server action at build time. */
export function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, E2E_DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.keys(manifest.node).find((k) => manifest.node[k].exportedName === name);
  if (!id) throw new Error(`no server action ${name} in the build`);
  return id;
}

/** A server action call as the page's own script makes it: its headers and body. */
export async function encodeActionCall(name: string, args: unknown[]): Promise<{ headers: Record<string, string>; body: Buffer }> {
  const encoded = await encodeReply(args);
  const body = new Response(encoded);
  return {
    headers: {
      "next-action": actionId(name),
      accept: "text/x-component",
      "content-type": typeof encoded === "string" ? "text/plain;charset=UTF-8" : body.headers.get("content-type")!,
    },
    body: Buffer.from(await body.arrayBuffer()),
  };
}

/** Calls a server action on `baseUrl`'s `page` from that page (same origin), with extra headers (a cookie, say). */
export async function callAction(baseUrl: string, page: string, name: string, args: unknown[], options: { headers?: Record<string, string> } = {}): Promise<Answer> {
  const call = await encodeActionCall(name, args);
  const response = await fetch(`${baseUrl}${page}`, {
    method: "POST",
    headers: { ...call.headers, origin: baseUrl, ...options.headers },
    body: new Uint8Array(call.body),
    redirect: "manual",
  });
  return { status: response.status, text: await response.text() };
}

/** Calls a server action at `page` as if from a page at `site` (its Host, and an Origin), on the server at 127.0.0.1:`port`. */
export async function callActionAs(port: number, page: string, name: string, args: unknown[], site: { host: string; origin?: string }): Promise<Answer> {
  const call = await encodeActionCall(name, args);
  const headers: Record<string, string> = { ...call.headers, host: site.host };
  if (site.origin) headers.origin = site.origin;
  return send(port, "POST", page, headers, call.body);
}
