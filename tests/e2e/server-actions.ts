import fs from "node:fs";
import path from "node:path";
import { E2E_DIST_DIR, ROOT } from "./paths";

// The encoder React's client uses for server action arguments.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply(value: unknown[]): Promise<string | FormData>;
};

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
export async function callAction(
  baseUrl: string,
  page: string,
  name: string,
  args: unknown[],
  options: { headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string }> {
  const headers = options.headers ?? {};
  const call = await encodeActionCall(name, args);
  const response = await fetch(`${baseUrl}${page}`, { method: "POST", headers: { ...call.headers, origin: baseUrl, ...headers }, body: new Uint8Array(call.body), redirect: "manual" });
  return { status: response.status, text: await response.text() };
}
