import { timingSafeEqual } from "node:crypto";
import net from "node:net";

/** What a front door knows about a request that wants to write. */
export interface WriteRequest {
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

/**
 * Reading is always open. With EDITOR_TOKEN set, every write needs that token; without
 * it, only requests from this machine may write, so that a reader exposed on a network
 * cannot be edited by whoever reaches it.
 */
export function canWrite(request: WriteRequest, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const expected = env.EDITOR_TOKEN;
  if (expected) return !!request.token && sameToken(request.token, expected);
  return isLoopback(request.remoteAddress);
}
