import { cookies, headers } from "next/headers";
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
  // next start records the client's socket address in x-forwarded-for (last hop).
  const forwarded = h.get("x-forwarded-for")?.split(",").pop()?.trim() ?? null;
  if (!canWrite({ token, remoteAddress: forwarded })) throw new WriteForbiddenError();
}
