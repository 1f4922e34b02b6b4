import http from "node:http";

/** Header carrying the address of the socket a request came in on (set by the server only). */
export const PEER_ADDRESS_HEADER = "x-vis-a-vis-peer";

let installed = false;

/**
 * Makes every HTTP server of this process stamp incoming requests with their socket's
 * remote address, replacing whatever the client put in that header.
 */
export function recordPeerAddresses(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
