import { z } from "zod";
import type { Actor } from "../auth/actor";
import type { Permission } from "../auth/roles";
import type { Db } from "../db/client";
import { UserError } from "../errors";
import { acceptCandidate, extractAndStoreCandidates, rejectCandidate } from "./candidates";
import { addVariant, createEntry, deleteEntry, deleteVariant, parseId, updateEntry } from "./entries";
import { formatOf, importGlossaryText, MAX_GLOSSARY_FILE_BYTES } from "./exchange";
import { oversizeError } from "../import/import-limits";
import { refreshFlagsInBackground } from "./stored-flags";
import { unknownAction, validate } from "../validate";

/**
 * Every write the glossary page can make, as plain data (a form's fields), so that the
 * page's server actions stay thin and the logic, permission check first, is testable
 * without Next.js.
 */
export type GlossaryWrite =
  | { action: "createEntry"; kind?: unknown; fr?: unknown; en?: unknown; note?: unknown; noteFr?: unknown; variantsFr?: unknown; variantsEn?: unknown }
  | { action: "updateEntry"; id?: unknown; kind?: unknown; fr?: unknown; en?: unknown; note?: unknown; noteFr?: unknown }
  | { action: "deleteEntry"; id?: unknown }
  | { action: "addVariant"; entryId?: unknown; lang?: unknown; text?: unknown }
  | { action: "deleteVariant"; variantId?: unknown }
  | { action: "acceptCandidate"; id?: unknown; kind?: unknown; fr?: unknown; en?: unknown; note?: unknown; noteFr?: unknown }
  | { action: "rejectCandidate"; id?: unknown }
  | { action: "importFile"; name?: unknown; content?: unknown }
  | { action: "extractCandidates" };

/** What a write found or changed, for the page to say. */
export type WriteDetail =
  | { kind: "imported"; created: number; updated: number; unchanged: number }
  /** `found`: names not in the glossary; `pending`: those waiting for review, `names` among them. */
  | { kind: "extracted"; found: number; pending: number; names: string[] };

export type WriteResult = { ok: true; action: GlossaryWrite["action"]; detail?: WriteDetail } | { ok: false; error: UserError };

const optionalText = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
/** "a | b" or one per line, as the add form takes variants. */
const variantList = (v: unknown) =>
  typeof v === "string" ? v.split(/[|\n]/).map((s) => s.trim()).filter(Boolean) : [];

const uploadName = z.string({ error: "missing" }).min(1, "missing");

async function perform(db: Db, input: GlossaryWrite, actor: Actor): Promise<WriteDetail | undefined> {
  switch (input.action) {
    case "createEntry":
      await createEntry(db, {
        kind: input.kind,
        fr: input.fr,
        en: input.en,
        note: optionalText(input.note) ?? null,
        noteFr: optionalText(input.noteFr) ?? null,
        variants: { fr: variantList(input.variantsFr), en: variantList(input.variantsEn) },
      }, actor);
      return;
    case "updateEntry":
      await updateEntry(db, parseId(input.id), { kind: input.kind, fr: input.fr, en: input.en, note: optionalText(input.note) ?? null, noteFr: optionalText(input.noteFr) ?? null }, actor);
      return;
    case "deleteEntry":
      await deleteEntry(db, parseId(input.id), actor);
      return;
    case "addVariant":
      await addVariant(db, parseId(input.entryId, "entryId"), { lang: input.lang, text: input.text }, actor);
      return;
    case "deleteVariant":
      await deleteVariant(db, parseId(input.variantId, "variantId"), actor);
      return;
    case "acceptCandidate":
      await acceptCandidate(db, parseId(input.id), {
        kind: optionalText(input.kind),
        fr: optionalText(input.fr),
        en: typeof input.en === "string" ? input.en : undefined,
        note: optionalText(input.note) ?? null,
        noteFr: optionalText(input.noteFr) ?? null,
      }, actor);
      return;
    case "rejectCandidate":
      await rejectCandidate(db, parseId(input.id), actor);
      return;
    case "importFile": {
      const name = validate(uploadName, input.name, "file");
      formatOf(name);
      if (typeof input.content !== "string" || !input.content.trim()) throw new UserError({ code: "emptyFile", values: { file: name }, problem: `${name}: empty file` });
      const oversize = oversizeError(name, Buffer.byteLength(input.content), MAX_GLOSSARY_FILE_BYTES);
      if (oversize) throw oversize;
      return { kind: "imported", ...(await importGlossaryText(db, input.content, name, actor)) };
    }
    case "extractCandidates": {
      const found = await extractAndStoreCandidates(db);
      // Most frequent first, as the candidates list orders them.
      const pending = found.filter((c) => c.status === "pending").sort((a, b) => b.occurrences - a.occurrences || a.fr.localeCompare(b.fr, "fr"));
      return { kind: "extracted", found: found.length, pending: pending.length, names: pending.map((c) => c.fr) };
    }
    default:
      throw unknownAction();
  }
}

/** What a glossary write needs: importing a whole file is an admin's, the rest an editor's. */
export const permissionFor = (input: Pick<GlossaryWrite, "action">): Permission => (input.action === "importFile" ? "glossaryImport" : "glossary");

/**
 * Runs one write from the page: `authorize` first (it throws when the request may not
 * make that write, and then nothing is read or written; else it says who writes), then
 * validation and the write itself, recorded as that person's. Errors caused by the input
 * come back as `{ ok: false, error }` (a UserError naming the field, for the page to phrase); a refused permission is re-thrown
 * for the caller to report as such.
 */
export async function performGlossaryWrite(db: Db, input: GlossaryWrite, authorize: (permission: Permission) => Promise<Actor>): Promise<WriteResult> {
  const actor = await authorize(permissionFor(input));
  try {
    const detail = await perform(db, input, actor);
    // Every document's stored flags are stale now; checked again without holding up the answer.
    refreshFlagsInBackground(db);
    return { ok: true, action: input.action, detail };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error };
    throw error;
  }
}
