"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { MAX_GLOSSARY_FILE_BYTES } from "@/lib/glossary/exchange";
import { oversizeError } from "@/lib/import/import-limits";
import { decodeText } from "@/lib/import/read-text-file";
import { performGlossaryWrite, permissionFor, type GlossaryWrite, type WriteDetail } from "@/lib/glossary/write-actions";
import { userErrorText } from "../../server/user-error-text";
import { assertWriteAllowed, WriteForbiddenError } from "../../server/write-guard";

export type ActionState = { status: "idle" } | { status: "ok"; detail?: WriteDetail } | { status: "error"; error: string } | { status: "forbidden" };

/**
 * The glossary page's one server action: the form's `action` field names the write
 * (see lib/glossary/write-actions.ts). Permission first, then validation, then the
 * write; afterwards every page is revalidated so the reader's tooltips follow at once.
 */
export async function glossaryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  // Anyone can call this with any arguments, not only the page's form.
  if (!(form instanceof FormData)) return { status: "error", error: "form: expected the glossary page's form fields" };
  const input: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$")) continue; // React's own fields
    if (typeof value === "string") input[key] = value;
  }
  const file = form.get("file");
  try {
    if (input.action === "importFile" && file instanceof File) {
      await assertWriteAllowed(permissionFor(input as GlossaryWrite)); // before reading the upload, as performGlossaryWrite would
      // Before reading it: server actions take bodies as large as an article import (next.config.js).
      const oversize = oversizeError(file.name, file.size, MAX_GLOSSARY_FILE_BYTES);
      if (oversize) return { status: "error", error: await userErrorText(oversize) };
      input.name = file.name;
      // Decoded strictly, as the command reads files: File.text() would turn bad UTF-8 into U+FFFD silently.
      input.content = decodeText(new Uint8Array(await file.arrayBuffer()), file.name, { allowEmpty: true });
    }
    const result = await performGlossaryWrite(getDb(), input as GlossaryWrite, assertWriteAllowed);
    if (!result.ok) return { status: "error", error: await userErrorText(result.error) };
    revalidatePath("/", "layout");
    return { status: "ok", detail: result.detail };
  } catch (error) {
    if (error instanceof WriteForbiddenError) return { status: "forbidden" };
    if (error instanceof UserError) return { status: "error", error: await userErrorText(error) };
    throw error;
  }
}
