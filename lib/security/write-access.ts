import { timingSafeEqual } from "node:crypto";
import net from "node:net";
import { foreignWriteReason, type RequestHosts } from "./allowed-hosts";

/** What a front door knows about a request that wants to write. */
export interface WriteRequest extends RequestHosts {
  /** The token the client presented (header or cookie), if any. */
  token?: string | null;
  /** The client's address as the server saw it. */
  remoteAddress?: string | null;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function isLoopback(address: string | null | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/, "");
  if (net.isIPv4(plain)) return plain.startsWith("127.");
  return plain === "::1";
}

export const CLOSED_MESSAGE = "Editing is closed: set the editor token, or edit from the machine that runs the reader.";

/**
 * Why this request may not write, or null when it may. Reading is always open. Every
 * write must come for one of the server's own host names, from one of its own pages (see
 * foreignWriteReason), token or not. Then, with EDITOR_TOKEN set, it needs that token;
 * without it, only requests from this machine may write, so that a reader exposed on a
 * network cannot be edited by whoever reaches it.
 */
export function writeRefusal(request: WriteRequest, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const foreign = foreignWriteReason(request, env);
  if (foreign) return foreign;
  const expected = env.EDITOR_TOKEN;
  if (expected) return request.token && sameToken(request.token, expected) ? null : CLOSED_MESSAGE;
  return isLoopback(request.remoteAddress) ? null : CLOSED_MESSAGE;
}

export const canWrite = (request: WriteRequest, env: Readonly<Record<string, string | undefined>> = process.env): boolean =>
  writeRefusal(request, env) === null;
