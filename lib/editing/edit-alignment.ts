import { z } from "zod";
import type { Db } from "../db/client";
import { UserError } from "../errors";
import { applyEdit, type AlignmentEdit, type EditableRow } from "./alignment-ops";
import { alignmentEditInput } from "./alignment-input";
import { readRows, writeRows } from "./alignment-store";
import { rememberConfirmedPairs } from "./remember-pairs";
import { firstIssue } from "./save-translation";

const snapshot = z.array(
  z.object({ fr: z.array(z.number()), en: z.array(z.number()), score: z.number().nullable(), method: z.string().nullable(), locked: z.boolean() }),
);

/**
 * Applies a person's alignment edit (merge, split, move, confirm) in one transaction: the
 * links it touches are locked so that `align` keeps them, the rows as they were are logged
 * for undo, and confirmed pairs go to the translation memory.
 */
export async function editAlignment(db: Db, documentId: number, input: unknown): Promise<EditableRow[]> {
  const parsed = alignmentEditInput.safeParse(input);
  if (!parsed.success) throw new UserError(firstIssue(parsed.error));
  const edit: AlignmentEdit = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await readRows(tx, documentId);
    const after = applyEdit(before, edit);
    await tx.alignmentChange.create({ data: { documentId, action: edit.op, before } });
    await writeRows(tx, documentId, after);
    const touched = after.filter((r) => r.locked && !before.some((b) => b.locked && sameRow(b, r)));
    await rememberConfirmedPairs(tx, documentId, edit.op === "confirm" ? touched : []);
    return after;
  });
}

const sameRow = (a: EditableRow, b: EditableRow) => a.fr.join() === b.fr.join() && a.en.join() === b.en.join();

/** Puts back the rows as they were before the last alignment edit not yet undone. */
export async function undoAlignmentEdit(db: Db, documentId: number): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const last = await tx.alignmentChange.findFirst({ where: { documentId, undoneAt: null }, orderBy: { id: "desc" } });
    if (!last) return null;
    const rows = snapshot.parse(last.before);
    // Paragraphs removed since (by a re-import) cannot come back; the rest is restored.
    const [fr, en] = await Promise.all([
      tx.sourceParagraph.findMany({ where: { documentId }, select: { id: true } }),
      tx.targetParagraph.findMany({ where: { documentId }, select: { id: true } }),
    ]);
    const frIds = new Set(fr.map((p) => p.id));
    const enIds = new Set(en.map((p) => p.id));
    const restorable = rows
      .map((r) => ({ ...r, fr: r.fr.filter((id) => frIds.has(id)), en: r.en.filter((id) => enIds.has(id)) }))
      .filter((r) => r.fr.length || r.en.length);
    await writeRows(tx, documentId, restorable);
    await tx.alignmentChange.update({ where: { id: last.id }, data: { undoneAt: new Date() } });
    return last.action;
  });
}
