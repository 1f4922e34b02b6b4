import { actorColumns, type Actor } from "../auth/actor";
import type { Tx } from "../db/client";
import type { StoreResult } from "./store-article";

/**
 * Records who imported what into a document, in the import's transaction. An import that
 * changed nothing is no change and leaves no row.
 */
export async function recordImport(tx: Tx, result: StoreResult, file: string | null, actor: Actor): Promise<void> {
  if (result.outcome === "unchanged") return;
  await tx.documentImport.create({ data: { documentId: result.documentId, file, outcome: result.outcome, ...actorColumns(actor) } });
}
