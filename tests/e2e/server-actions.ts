import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { E2E_DIST_DIR, ROOT } from "./paths";

/**
 * Server actions called over HTTP as React's client calls them (encodeReply, Next-Action),
 * with the Host and Origin a test chooses: for requests no browser page of ours would
 * send (another site's), and for many clients at once without a browser each.
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

/** Calls a server action at `page` as the page's own script would, from a page at `site` (host:port, and an origin). */
export async function callAction(port: number, page: string, name: string, args: unknown[], site: { host: string; origin?: string }): Promise<Answer> {
  const encoded = await encodeReply(args);
  const body = typeof encoded === "string" ? new Response(encoded) : new Response(encoded);
  const headers: Record<string, string> = {
    host: site.host,
    "next-action": actionId(name),
    accept: "text/x-component",
    "content-type": typeof encoded === "string" ? "text/plain;charset=UTF-8" : body.headers.get("content-type")!,
  };
  if (site.origin) headers.origin = site.origin;
  return send(port, "POST", page, headers, Buffer.from(await body.arrayBuffer()));
}
