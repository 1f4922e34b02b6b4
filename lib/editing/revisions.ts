import { diffWords } from "diff";
import { authorOf, COMMAND_ACTOR, type Actor, type Author } from "../auth/actor";
import type { Db } from "../db/client";
import { UserError } from "../errors";
import { findOwnParagraph, writeRevision, type SavedParagraph } from "./save-translation";
import { writeTransaction } from "../db/write-transaction";

export interface DiffPart {
  text: string;
  change: "added" | "removed" | "same";
}

export interface RevisionView {
  id: number;
  version: number;
  text: string;
  origin: string;
  status: string;
  note: string | null;
  createdAt: Date;
  /** Who wrote it; null for revisions from before authors were recorded. */
  author: Author | null;
  /** Word-level changes from the previous revision (the first revision is all "same"). */
  diff: DiffPart[];
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}

/** Revisions as the history lists them, newest first, each diffed against the one before it. */
export function toRevisionViews(
  revisions: readonly { id: number; version: number; text: string; origin: string; status: string; note: string | null; createdAt: Date; actor: string | null; user: { name: string } | null }[],
): RevisionView[] {
  return revisions
    .map((r, i) => ({
      id: r.id,
      version: r.version,
      text: r.text,
      origin: r.origin,
      status: r.status,
      note: r.note,
      createdAt: r.createdAt,
      author: authorOf(r.actor, r.user),
      diff: wordDiff(i === 0 ? r.text : revisions[i - 1].text, r.text),
    }))
    .reverse();
}

/** A paragraph's history, newest first, each revision diffed against the one before it. */
export async function listRevisions(db: Db, documentId: number, paragraphId: number): Promise<RevisionView[]> {
  await findOwnParagraph(db, documentId, paragraphId);
  return toRevisionViews(await db.revision.findMany({ where: { paragraphId }, orderBy: { version: "asc" }, include: { user: { select: { name: true } } } }));
}

/**
 * Brings back an earlier text as a new revision by `actor` (restoring never rewrites
 * history). The restored text is a draft again, whatever the paragraph's status was: a
 * person has not reviewed this text as it now stands (keeping "reviewed" made the library
 * count imported draft text as reviewed).
 */
export async function restoreRevision(
  db: Db,
  documentId: number,
  input: { paragraphId: number; revisionId: number; expectedVersion: number },
  actor: Actor = COMMAND_ACTOR,
): Promise<SavedParagraph> {
  return writeTransaction(db, async (tx) => {
    const paragraph = await findOwnParagraph(tx, documentId, input.paragraphId);
    const revision = await tx.revision.findFirst({ where: { id: input.revisionId, paragraphId: paragraph.id } });
    if (!revision) throw new UserError({ code: "notFound", field: "revision", value: input.revisionId, problem: `not a revision of paragraph ${paragraph.id}` });
    return writeRevision(tx, documentId, {
      paragraphId: paragraph.id,
      expectedVersion: input.expectedVersion,
      text: revision.text,
      status: "draft",
      note: `restored version ${revision.version}`,
    }, actor);
  });
}
