import { cookies, headers } from "next/headers";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";
import { writeRefusal } from "@/lib/security/write-access";

export const EDITOR_TOKEN_HEADER = "x-editor-token";
export const EDITOR_TOKEN_COOKIE = "editor_token";

export class WriteForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WriteForbiddenError";
  }
}

/** Why the current request may not write, or null (see lib/security/write-access.ts). */
async function currentRefusal(): Promise<string | null> {
  const h = await headers();
  const token = h.get(EDITOR_TOKEN_HEADER) ?? (await cookies()).get(EDITOR_TOKEN_COOKIE)?.value ?? null;
  // Set by instrumentation.ts from the socket; x-forwarded-for could be the client's own claim.
  return writeRefusal({ token, remoteAddress: h.get(PEER_ADDRESS_HEADER), host: h.get("host"), origin: h.get("origin") });
}

/** Whether the current request may write. */
export async function requestMayWrite(): Promise<boolean> {
  return (await currentRefusal()) === null;
}

/**
 * Throws unless the current request may write. Every server action and route handler
 * that writes calls this first (proxy.ts already turned away writes for other host names
 * or from other sites' pages); pages use requestMayWrite to offer editing only to those
 * who may.
 */
export async function assertWriteAllowed(): Promise<void> {
  const refusal = await currentRefusal();
  if (refusal) throw new WriteForbiddenError(refusal);
}
