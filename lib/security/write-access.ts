import { timingSafeEqual } from "node:crypto";
import net from "node:net";
import type { Actor } from "../auth/actor";
import { roleFor, roleMay, type Permission } from "../auth/roles";
import type { SignedInUser } from "../auth/sessions";
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

/** Who the front door found behind a request (lib/auth), besides its token and address. */
export interface WriteIdentity {
  /** The signed-in account, if the request carries a live session. */
  user: SignedInUser | null;
  /** Whether any account exists: from then on, loopback alone no longer writes. */
  accountsExist: boolean;
}

export type WriteDecision = { ok: true; actor: Actor } | { ok: false; reason: string };

const WHAT: Record<Permission, string> = {
  edit: "edit translations",
  align: "change alignments",
  import: "import documents",
  glossary: "change the glossary",
  glossaryImport: "import glossary files",
  people: "manage people",
};

export const SIGN_IN_MESSAGE = "Sign in to write: this reader has accounts (or send the editor token).";

/**
 * Whether this request may make a write that needs `permission`, and as whom. The host
 * check comes first, always. Then a signed-in account, as far as its role allows; then
 * the editor token, which scripts use, for anything but managing people. While no
 * account exists, writeRefusal decides as it always has (token, else loopback), and
 * people are managed from the command line only (`npm run user -- add`), where the first
 * admin is made.
 */
export function decideWrite(
  request: WriteRequest,
  identity: WriteIdentity,
  permission: Permission,
  env: Readonly<Record<string, string | undefined>> = process.env,
): WriteDecision {
  const foreign = foreignWriteReason(request, env);
  if (foreign) return { ok: false, reason: foreign };
  const { user } = identity;
  if (user && roleMay(user.role, permission)) return { ok: true, actor: { kind: "user", userId: user.id } };
  const tokenMatches = Boolean(env.EDITOR_TOKEN && request.token && sameToken(request.token, env.EDITOR_TOKEN));
  if (tokenMatches && permission !== "people") return { ok: true, actor: { kind: "token" } };
  if (user) return { ok: false, reason: `${user.name} (${user.role}) may not ${WHAT[permission]}: that needs the ${roleFor(permission)} role, which an admin can give.` };
  if (permission === "people") {
    return { ok: false, reason: identity.accountsExist ? "Managing people needs an admin signed in." : "No account exists yet: add the first admin with `npm run user -- add NAME --role admin`." };
  }
  if (identity.accountsExist) return { ok: false, reason: SIGN_IN_MESSAGE };
  const refusal = writeRefusal(request, env);
  if (refusal) return { ok: false, reason: refusal };
  return { ok: true, actor: { kind: env.EDITOR_TOKEN ? "token" : "local" } };
}
