import http from "node:http";
import type { AddressInfo } from "node:net";
import { PEER_ADDRESS_HEADER, recordPeerAddresses } from "../../lib/security/peer-address";
import { canWrite, isLoopback } from "../../lib/security/write-access";

describe("who may write", () => {
  it("without EDITOR_TOKEN: only this machine", () => {
    expect(canWrite({ remoteAddress: "127.0.0.1" }, {})).toBe(true);
    expect(canWrite({ remoteAddress: "::ffff:127.0.0.1" }, {})).toBe(true);
    expect(canWrite({ remoteAddress: "::1" }, {})).toBe(true);
    expect(canWrite({ remoteAddress: "192.168.1.20" }, {})).toBe(false);
    expect(canWrite({ remoteAddress: null }, {})).toBe(false);
    expect(isLoopback("::ffff:10.0.0.1")).toBe(false);
  });

  it("with EDITOR_TOKEN: the token, from anywhere, and nothing else", () => {
    const env = { EDITOR_TOKEN: "s3cret-token" };
    expect(canWrite({ token: "s3cret-token", remoteAddress: "203.0.113.9" }, env)).toBe(true);
    expect(canWrite({ token: "wrong-token!", remoteAddress: "127.0.0.1" }, env)).toBe(false);
    expect(canWrite({ token: null, remoteAddress: "127.0.0.1" }, env)).toBe(false);
  });
});

describe("peer address header", () => {
  it("carries the socket's address and overwrites what the client claimed", async () => {
    recordPeerAddresses();
    const server = http.createServer((req, res) => res.end(String(req.headers[PEER_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_ADDRESS_HEADER]: "203.0.113.9" } });
      expect(await response.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
