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

/**
 * Throws unless the current request may write (see lib/security/write-access.ts). Every
 * server action and route handler that writes calls this first.
 */
export async function assertWriteAllowed(): Promise<void> {
  const h = await headers();
  const token = h.get(EDITOR_TOKEN_HEADER) ?? (await cookies()).get(EDITOR_TOKEN_COOKIE)?.value ?? null;
  // Set by instrumentation.ts from the socket; x-forwarded-for could be the client's own claim.
  if (!canWrite({ token, remoteAddress: h.get(PEER_ADDRESS_HEADER) })) throw new WriteForbiddenError();
}
