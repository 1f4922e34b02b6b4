import { actorColumns, COMMAND_ACTOR, type Actor } from "../auth/actor";
import type { Db, Tx } from "../db/client";
import { UserError } from "../errors";
import { hashText } from "../text/normalize";
import { StaleVersionError } from "./errors";
import { translationEdit, type TranslationEdit } from "./translation-input";
import { writeTransaction } from "../db/write-transaction";
import { validate } from "../validate";

export interface SavedParagraph {
  id: number;
  text: string;
  status: string;
  origin: string;
  version: number;
}

/** The paragraph, checked to belong to the document being edited. */
export async function findOwnParagraph(tx: Tx, documentId: number, paragraphId: number) {
  const paragraph = await tx.targetParagraph.findFirst({ where: { id: paragraphId, documentId } });
  if (!paragraph) throw new UserError({ code: "paragraphNotFound", field: "paragraph", value: paragraphId, values: { side: "en" }, problem: "not an English paragraph of this document" });
  return paragraph;
}

/**
 * Writes a new text/status for an English paragraph if it is still at `expectedVersion`
 * (compare-and-set, so two editors cannot overwrite each other), and records it as a new
 * revision made by `actor`. Nothing is ever deleted: earlier texts stay in the history.
 */
export async function writeRevision(
  tx: Tx,
  documentId: number,
  change: { paragraphId: number; expectedVersion: number; text: string; status: string; note?: string | null },
  actor: Actor,
): Promise<SavedParagraph> {
  const current = await findOwnParagraph(tx, documentId, change.paragraphId);
  const version = change.expectedVersion + 1;
  const { count } = await tx.targetParagraph.updateMany({
    where: { id: change.paragraphId, documentId, version: change.expectedVersion },
    data: { text: change.text, hash: hashText(change.text), origin: "edited", status: change.status, version },
  });
  if (count === 0) throw new StaleVersionError(current.id, current.version, current.text);
  await tx.revision.create({
    data: { paragraphId: change.paragraphId, version, text: change.text, origin: "edited", status: change.status, note: change.note ?? null, ...actorColumns(actor) },
  });
  return { id: current.id, text: change.text, status: change.status, origin: "edited", version };
}

/** Saves a person's edit of an English paragraph (validated; refused if stale), recorded as `actor`'s. */
export async function saveTranslation(db: Db, documentId: number, input: TranslationEdit, actor: Actor = COMMAND_ACTOR): Promise<SavedParagraph> {
  const edit = validate(translationEdit, input);
  return writeTransaction(db, (tx) =>
    writeRevision(tx, documentId, {
      paragraphId: edit.paragraphId,
      expectedVersion: edit.expectedVersion,
      text: edit.noTranslation ? "" : edit.text.trim(),
      status: edit.status,
      note: edit.note || null,
    }, actor),
  );
}
