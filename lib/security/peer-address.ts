import { randomBytes, timingSafeEqual } from "node:crypto";
import type http from "node:http";

/**
 * Header carrying the address of the socket a request came in on. Next.js exposes no
 * socket address to route handlers or server actions, and it keeps an X-Forwarded-For a
 * client sent (anyone could claim to be 127.0.0.1); server.ts, which sees the socket,
 * writes this header instead.
 */
export const PEER_ADDRESS_HEADER = "x-vis-a-vis-peer";

// On globalThis: server.ts (run by tsx) and the app (bundled by Next.js) load two copies
// of this module in one process, and both must see the same secret.
const SECRET = Symbol.for("vis-a-vis.peer-address-secret");
const holder = globalThis as { [SECRET]?: Buffer };

/**
 * For server.ts, on every request before Next.js sees it: whatever the client sent under
 * PEER_ADDRESS_HEADER is dropped, and the socket's remote address is written there,
 * prefixed by a secret of this process, so that the app can tell a header server.ts wrote
 * from one a client wrote.
 */
export function stampPeerAddress(request: http.IncomingMessage): void {
  holder[SECRET] ??= randomBytes(32);
  request.headers[PEER_ADDRESS_HEADER] = `${holder[SECRET].toString("base64url")} ${request.socket.remoteAddress ?? ""}`;
}

/**
 * The client's address as server.ts stamped it, or null when it did not: under `next
 * start` or `next dev` nothing stamps requests and the header is the client's own claim,
 * so the address is unknown (never loopback, see lib/security/write-access.ts).
 */
export function peerAddressOf(headerValue: string | null | undefined): string | null {
  const secret = holder[SECRET];
  if (!secret || !headerValue) return null;
  const space = headerValue.indexOf(" ");
  if (space < 0) return null;
  const given = Buffer.from(headerValue.slice(0, space));
  const expected = Buffer.from(secret.toString("base64url"));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return headerValue.slice(space + 1) || null;
}
