import { UserError } from "../errors";

/** The names a browser on this machine reaches the server by; ALLOWED_HOSTS adds others. */
export const DEFAULT_ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"] as const;

/** What a request says about where it is going (Host) and which page sent it (Origin). */
export interface RequestHosts {
  host?: string | null;
  origin?: string | null;
}

/**
 * The host name of a Host header or an ALLOWED_HOSTS entry ("Example.org:3000" →
 * "example.org", "::1" → "[::1]"), as a URL parser reads it; null when it is none.
 */
function hostnameOf(value: string): string | null {
  const text = value.trim();
  if (!text || /[/\\\s@?#]/.test(text)) return null;
  const bareIpv6 = !text.startsWith("[") && (text.match(/:/g) ?? []).length > 1;
  try {
    return new URL(`http://${bareIpv6 ? `[${text}]` : text}`).hostname.replace(/\.$/, "");
  } catch {
    return null;
  }
}

/**
 * The host names writes are accepted for: the defaults and ALLOWED_HOSTS (names or
 * addresses separated by commas or spaces; a port in an entry is ignored). A bad entry is
 * a UserError naming it, so that a typo never opens or closes the door unnoticed.
 */
export function allowedHosts(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const extra = (env.ALLOWED_HOSTS ?? "").split(/[\s,]+/).filter(Boolean);
  return [
    ...DEFAULT_ALLOWED_HOSTS,
    ...extra.map((entry) => {
      const name = hostnameOf(entry);
      if (!name) throw new UserError(`ALLOWED_HOSTS: "${entry}" is not a host name or address (write names such as reader.example.org or 192.168.1.20, separated by commas)`);
      return name;
    }),
  ];
}

/**
 * Why a write carrying these headers must be refused, or null when it may go on. A page
 * on another site can reach this server on 127.0.0.1 by having its own name resolve
 * there (DNS rebinding); its requests then say Host: that-site. So a write must name one
 * of our host names in Host, and when a browser says which page sent it (Origin), that
 * page must be ours: the same host and port. Host and Origin are set by the browser,
 * never by a page's script. Requests without Origin come from programs, not pages.
 */
export function foreignWriteReason(request: RequestHosts, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  let allowed: string[];
  try {
    allowed = allowedHosts(env);
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  const host = request.host ? hostnameOf(request.host) : null;
  if (!host || !allowed.includes(host)) {
    return `writes are accepted only for this server's own names (${allowed.join(", ")}; ALLOWED_HOSTS adds others), not for Host "${request.host ?? ""}"`;
  }
  if (request.origin === undefined || request.origin === null) return null;
  let origin: URL | null = null;
  try {
    origin = new URL(request.origin);
  } catch {
    // "null" (a sandboxed page) and anything else unreadable: not one of our pages.
  }
  if (!origin || origin.host !== new URL(`http://${request.host}`).host) {
    return `cross-origin write refused: the page at ${request.origin} is not this server's (${request.host})`;
  }
  return null;
}
