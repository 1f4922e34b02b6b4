import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Which addresses a page may be fetched from. Without the setting, only public unicast
 * addresses: never loopback (127.0.0.0/8, ::1), private (10/8, 172.16/12, 192.168/16,
 * fc00::/7), link-local (169.254/16 — cloud metadata —, fe80::/10), carrier-grade NAT,
 * multicast, reserved or unspecified ones, nor IPv6 forms that embed an IPv4 address
 * (::ffff:127.0.0.1, 6to4, NAT64), which could reach the same machines. This is the
 * server-side request forgery guard of URL imports.
 */

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** IMPORT_ALLOW_PRIVATE_HOSTS=1 lets imports fetch from this machine and the local network (tests, intranets). */
export const ALLOW_PRIVATE_HOSTS_SETTING = "IMPORT_ALLOW_PRIVATE_HOSTS";

export const privateHostsAllowedByEnv = () => process.env[ALLOW_PRIVATE_HOSTS_SETTING] === "1";

/** The range of an address as ipaddr.js names it ("unicast", "loopback", "private", …); IPv4-mapped IPv6 as its IPv4. */
export function addressRange(address: string): string {
  if (!ipaddr.isValid(address)) return "invalid";
  return ipaddr.process(address).range();
}

/** A public address: the only kind fetched from unless private hosts are allowed. */
export const isPublicAddress = (address: string) => addressRange(address) === "unicast";

/** Why an address is refused, in words for the one-line error. */
export function describeRange(address: string): string {
  const range = addressRange(address);
  const names: Record<string, string> = {
    loopback: "a loopback address",
    private: "a private address",
    uniqueLocal: "a private address",
    linkLocal: "a link-local address",
    carrierGradeNat: "a carrier-grade NAT address",
    unspecified: "an unspecified address",
    multicast: "a multicast address",
    broadcast: "a broadcast address",
  };
  return names[range] ?? "not a public address";
}

export class BlockedAddressError extends Error {
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname === address ? address : `${hostname} resolves to ${address}`}, ${describeRange(address)}`);
    this.name = "BlockedAddressError";
  }
}

const systemResolve = (hostname: string) =>
  new Promise<ResolvedAddress[]>((resolve, reject) =>
    dns.lookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/**
 * A `lookup` for http.request that resolves the name once, checks every address it gets
 * and hands only checked addresses to the connection: the socket connects to the address
 * that was checked, so a second resolution (DNS rebinding) cannot switch it.
 */
export function guardedLookup(
  isAllowed: (address: string) => boolean,
  resolve: (hostname: string) => Promise<ResolvedAddress[]> = systemResolve,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const blocked = wanted.find((a) => !isAllowed(a.address));
        if (blocked) return callback(new BlockedAddressError(hostname, blocked.address), "", 0);
        if (!wanted.length) return callback(Object.assign(new Error(`${hostname}: no address`), { code: "ENOTFOUND" }), "", 0);
        // Node asks for every address when it may try both families (autoSelectFamily).
        if (options.all) return (callback as (e: null, a: ResolvedAddress[]) => void)(null, wanted);
        callback(null, wanted[0].address, wanted[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}
