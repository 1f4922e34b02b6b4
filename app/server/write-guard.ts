import { cookies, headers } from "next/headers";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";
import { canWrite } from "@/lib/security/write-access";

export const EDITOR_TOKEN_HEADER = "x-editor-token";
export const EDITOR_TOKEN_COOKIE = "editor_token";

export class WriteForbiddenError extends Error {
  constructor() {
    super("Editing is closed: set the editor token, or edit from the machine that runs the reader.");
    this.name = "WriteForbiddenError";
  }
}

/** Whether the current request may write (see lib/security/write-access.ts). */
export async function requestMayWrite(): Promise<boolean> {
  const h = await headers();
  const token = h.get(EDITOR_TOKEN_HEADER) ?? (await cookies()).get(EDITOR_TOKEN_COOKIE)?.value ?? null;
  // Set by instrumentation.ts from the socket; x-forwarded-for could be the client's own claim.
  return canWrite({ token, remoteAddress: h.get(PEER_ADDRESS_HEADER) });
}

/**
 * Throws unless the current request may write. Every server action and route handler
 * that writes calls this first; pages use requestMayWrite to offer editing only to those
 * who may.
 */
export async function assertWriteAllowed(): Promise<void> {
  if (!(await requestMayWrite())) throw new WriteForbiddenError();
}
