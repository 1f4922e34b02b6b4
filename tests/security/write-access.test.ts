import http from "node:http";
import type { AddressInfo } from "node:net";
import { allowedHosts, foreignWriteReason } from "../../lib/security/allowed-hosts";
import { PEER_ADDRESS_HEADER, peerAddressOf, stampPeerAddress } from "../../lib/security/peer-address";
import { canWrite, isLoopback } from "../../lib/security/write-access";

/** A request from the reader's own page, as a browser on this machine sends it. */
const own = { host: "localhost:3000", origin: "http://localhost:3000" };

describe("who may write", () => {
  it("without EDITOR_TOKEN: only this machine", () => {
    expect(canWrite({ ...own, remoteAddress: "127.0.0.1" }, {})).toBe(true);
    expect(canWrite({ ...own, remoteAddress: "::ffff:127.0.0.1" }, {})).toBe(true);
    expect(canWrite({ ...own, remoteAddress: "::1" }, {})).toBe(true);
    expect(canWrite({ ...own, remoteAddress: "192.168.1.20" }, {})).toBe(false);
    expect(canWrite({ ...own, remoteAddress: null }, {})).toBe(false);
    expect(isLoopback("::ffff:10.0.0.1")).toBe(false);
  });

  it("with EDITOR_TOKEN: the token, from anywhere, and nothing else", () => {
    const env = { EDITOR_TOKEN: "s3cret-token" };
    expect(canWrite({ ...own, token: "s3cret-token", remoteAddress: "203.0.113.9" }, env)).toBe(true);
    expect(canWrite({ ...own, token: "wrong-token!", remoteAddress: "127.0.0.1" }, env)).toBe(false);
    expect(canWrite({ ...own, token: null, remoteAddress: "127.0.0.1" }, env)).toBe(false);
  });

  it("never for another site's host name (DNS rebinding), loopback or token", () => {
    const rebound = { host: "attacker.example:3000", origin: "http://attacker.example:3000" };
    expect(canWrite({ ...rebound, remoteAddress: "127.0.0.1" }, {})).toBe(false);
    expect(canWrite({ ...rebound, token: "s3cret-token", remoteAddress: "127.0.0.1" }, { EDITOR_TOKEN: "s3cret-token" })).toBe(false);
    expect(canWrite({ host: null, remoteAddress: "127.0.0.1" }, {})).toBe(false);
  });
});

describe("the server's own host names", () => {
  it("localhost, 127.0.0.1 and [::1] by default, any port, letter case ignored", () => {
    for (const host of ["localhost", "localhost:3000", "LOCALHOST:80", "127.0.0.1:3000", "[::1]:3000", "localhost.:3000"]) {
      expect([host, foreignWriteReason({ host }, {})]).toEqual([host, null]);
    }
    for (const host of ["attacker.example", "localhost.attacker.example:3000", "127.0.0.1.nip.io", "192.168.1.20:3000", "", "a b", "user@localhost"]) {
      expect(foreignWriteReason({ host }, {})).toMatch(/^writes are accepted only for this server's own names \(localhost, 127\.0\.0\.1, \[::1\]; ALLOWED_HOSTS adds others\), not for Host "/);
    }
  });

  it("ALLOWED_HOSTS adds names and addresses, separated by commas or spaces", () => {
    const env = { ALLOWED_HOSTS: "Reader.Example.org, 192.168.1.20 fe80::1,[2001:db8::2]:8080" };
    expect(allowedHosts(env)).toEqual(["localhost", "127.0.0.1", "[::1]", "reader.example.org", "192.168.1.20", "[fe80::1]", "[2001:db8::2]"]);
    for (const host of ["reader.example.org:3000", "192.168.1.20", "[fe80::1]:3000", "[2001:db8::2]"]) expect(foreignWriteReason({ host }, env)).toBeNull();
    expect(foreignWriteReason({ host: "example.org" }, env)).not.toBeNull();
  });

  it("a bad ALLOWED_HOSTS entry is named, and refuses every write rather than guess", () => {
    expect(() => allowedHosts({ ALLOWED_HOSTS: "reader.example.org, http://x/" })).toThrow('ALLOWED_HOSTS: "http://x/" is not a host name or address');
    expect(foreignWriteReason({ host: "localhost" }, { ALLOWED_HOSTS: "a/b" })).toMatch(/^ALLOWED_HOSTS: "a\/b"/);
  });

  it("a browser's Origin must be the same host and port; programs send none", () => {
    expect(foreignWriteReason({ host: "localhost:3000" }, {})).toBeNull();
    expect(foreignWriteReason({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }, {})).toBeNull();
    for (const origin of ["http://evil.example", "http://localhost:8080", "http://127.0.0.1:3000.evil.example", "null", "not a url"]) {
      expect(foreignWriteReason({ host: "127.0.0.1:3000", origin }, {})).toBe(`cross-origin write refused: the page at ${origin} is not this server's (127.0.0.1:3000)`);
    }
  });
});

describe("peer address header", () => {
  /** A server answering with the address the app would see, stamped as server.ts stamps it (or not). */
  async function serve(stamp: boolean, send: Record<string, string>): Promise<string> {
    const server = http.createServer((req, res) => {
      if (stamp) stampPeerAddress(req);
      res.end(String(peerAddressOf(req.headers[PEER_ADDRESS_HEADER] as string | undefined)));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      return await (await fetch(`http://127.0.0.1:${port}/`, { headers: send })).text();
    } finally {
      server.close();
    }
  }

  // First: nothing has stamped a request in this process yet, as under `next start`.
  it("without server.ts's stamp, a client's header is never believed: the address is unknown", async () => {
    expect(await serve(false, { [PEER_ADDRESS_HEADER]: "127.0.0.1" })).toBe("null");
    expect(await serve(false, { [PEER_ADDRESS_HEADER]: "secret 127.0.0.1" })).toBe("null");
    expect(canWrite({ ...own, remoteAddress: peerAddressOf("127.0.0.1") }, {})).toBe(false);
  });

  it("stamped, it carries the socket's address and overwrites what the client claimed", async () => {
    expect(await serve(true, { [PEER_ADDRESS_HEADER]: "203.0.113.9" })).toBe("127.0.0.1");
    expect(await serve(true, {})).toBe("127.0.0.1");
  });

  it("once this process stamps requests, an unstamped request's claim is still not believed", async () => {
    await serve(true, {});
    for (const claim of ["127.0.0.1", " 127.0.0.1", "x 127.0.0.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA 127.0.0.1"]) {
      expect([claim, await serve(false, { [PEER_ADDRESS_HEADER]: claim })]).toEqual([claim, "null"]);
    }
  });
});
