import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { accountsExist } from "@/lib/auth/accounts";
import type { Permission } from "@/lib/auth/roles";
import { SESSION_COOKIE, sessionUser, type SignedInUser } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { PEER_ADDRESS_HEADER, peerAddressOf } from "@/lib/security/peer-address";
import { decideWrite, type WriteDecision } from "@/lib/security/write-access";

export const EDITOR_TOKEN_HEADER = "x-editor-token";
export const EDITOR_TOKEN_COOKIE = "editor_token";

export class WriteForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WriteForbiddenError";
  }
}

/** The account signed in on this request (its session cookie), read once per request. */
export const currentUser = cache(async (): Promise<SignedInUser | null> => sessionUser(getDb(), (await cookies()).get(SESSION_COOKIE)?.value));

let accountSeen = false;

/**
 * Whether any account exists. Accounts are never deleted, so once one is seen the answer
 * stays yes for this process; until then it is asked each time, since the first account
 * may be added by the command line or another app server at any moment.
 */
export async function anyAccount(): Promise<boolean> {
  accountSeen ||= await accountsExist(getDb());
  return accountSeen;
}

/** Whether, and as whom, the current request may make a write needing `permission` (see lib/security/write-access.ts). */
async function currentDecision(permission: Permission): Promise<WriteDecision> {
  const h = await headers();
  const token = h.get(EDITOR_TOKEN_HEADER) ?? (await cookies()).get(EDITOR_TOKEN_COOKIE)?.value ?? null;
  const [user, exist] = await Promise.all([currentUser(), anyAccount()]);
  // server.ts stamps the socket's address (X-Forwarded-For could be the client's own claim); without server.ts it is unknown.
  const request = { token, remoteAddress: peerAddressOf(h.get(PEER_ADDRESS_HEADER)), host: h.get("host"), origin: h.get("origin") };
  return decideWrite(request, { user, accountsExist: exist }, permission);
}

/** Whether the current request may make a write needing `permission` (pages offer editing only then). */
export async function requestMayWrite(permission: Permission = "edit"): Promise<boolean> {
  return (await currentDecision(permission)).ok;
}

/**
 * Throws unless the current request may make a write needing `permission`; returns who is
 * writing, for the write to record. Every server action and route handler that writes
 * calls this first (proxy.ts already turned away writes for other host names or from
 * other sites' pages).
 */
export async function assertWriteAllowed(permission: Permission = "edit"): Promise<Actor> {
  const decision = await currentDecision(permission);
  if (!decision.ok) throw new WriteForbiddenError(decision.reason);
  return decision.actor;
}
