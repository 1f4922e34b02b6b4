import { DatabaseBusyError } from "@/lib/db/busy";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/roles";
import { UserError } from "@/lib/errors";
import { StaleVersionError } from "@/lib/editing/errors";
import { userErrorText } from "./user-error-text";
import { assertWriteAllowed, WriteForbiddenError } from "./write-guard";

/** What a writing server action answers: never a thrown error, which would lose the message. */
export type WriteResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: "conflict"; message: string; current: { version: number; text: string } }
  | { ok: false; code: "forbidden" | "invalid"; message: string }
  /** The database stayed locked by another writer: nothing was written, the same write may be tried again. */
  | { ok: false; code: "busy"; message: string };

/**
 * Runs a write for a server action: checks that this request may make a write needing
 * `permission`, then writes as the actor it found, turning the errors a person can act on
 * into answers the page can show (a UserError phrased in the interface's language:
 * userErrorText). Anything else is a bug and is thrown.
 */
export async function runWrite<T>(permission: Permission, write: (actor: Actor) => Promise<T>): Promise<WriteResult<T>> {
  try {
    const actor = await assertWriteAllowed(permission);
    return { ok: true, value: await write(actor) };
  } catch (error) {
    if (error instanceof StaleVersionError) {
      return { ok: false, code: "conflict", message: error.message, current: { version: error.currentVersion, text: error.currentText } };
    }
    if (error instanceof WriteForbiddenError) return { ok: false, code: "forbidden", message: error.message };
    if (error instanceof DatabaseBusyError) return { ok: false, code: "busy", message: error.message };
    if (error instanceof UserError) return { ok: false, code: "invalid", message: await userErrorText(error) };
    throw error;
  }
}
