import { actorColumns, type Actor } from "../auth/actor";
import type { Tx } from "../db/client";

/** The glossary writes that are logged: the page's actions (lib/glossary/write-actions.ts) and imports. */
export type GlossaryChangeAction =
  | "createEntry"
  | "updateEntry"
  | "deleteEntry"
  | "addVariant"
  | "deleteVariant"
  | "acceptCandidate"
  | "rejectCandidate"
  | "importFile";

/**
 * Records who made a glossary change, in the transaction that makes it, so that the log
 * and the glossary never disagree. `subject` says what changed as it read then (the
 * entry's French form, a variant, a file's name): it outlives a deleted entry.
 */
export async function logGlossaryChange(tx: Tx, actor: Actor, change: { action: GlossaryChangeAction; entryId: number | null; subject: string }): Promise<void> {
  await tx.glossaryChange.create({ data: { ...change, ...actorColumns(actor) } });
}
