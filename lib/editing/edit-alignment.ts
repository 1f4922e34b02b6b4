import { z } from "zod";
import { actorColumns, COMMAND_ACTOR, type Actor } from "../auth/actor";
import type { Db, Tx } from "../db/client";
import { writeTransaction } from "../db/write-transaction";
import { applyEdit, type AlignmentEdit, type EditableRow, type RowRef } from "./alignment-ops";
import { alignmentEditInput } from "./alignment-input";
import { readRowAndNeighbours, readRows, readRowsAround, writeBlock, writeRows } from "./alignment-store";
import { rememberConfirmedPairs } from "./remember-pairs";
import { validate } from "../validate";

const row = z.object({ fr: z.array(z.number()), en: z.array(z.number()), score: z.number().nullable(), method: z.string().nullable(), locked: z.boolean() });
/**
 * The undo log's entry: the rows an edit replaced and the rows it made (a few rows, however
 * long the document). Entries written before this shape held the whole document's rows.
 */
const change = z.union([z.object({ removed: z.array(row), added: z.array(row) }), z.array(row)]);

const rowKey = (r: EditableRow) => `${r.fr.join(",")}|${r.en.join(",")}|${r.locked}`;
const sameRow = (a: EditableRow, b: EditableRow) => a.fr.join() === b.fr.join() && a.en.join() === b.en.join();

/** The rows of `before` that `after` no longer has, and the reverse. */
function difference(before: readonly EditableRow[], after: readonly EditableRow[]) {
  const beforeKeys = new Set(before.map(rowKey));
  const afterKeys = new Set(after.map(rowKey));
  return { removed: before.filter((r) => !afterKeys.has(rowKey(r))), added: after.filter((r) => !beforeKeys.has(rowKey(r))) };
}

/**
 * Applies a person's alignment edit (merge, split, move, confirm) in one transaction: the
 * links it touches are locked so that `align` keeps them, the rows it replaced are logged
 * for undo with who made the edit, and confirmed pairs go to the translation memory. Only
 * the edited row and its neighbours are read and written (an edit touches no other row),
 * so an edit costs the same in a 50-row and a 50,000-row document. Returns those rows as
 * the edit left them.
 */
export async function editAlignment(db: Db, documentId: number, input: unknown, actor: Actor = COMMAND_ACTOR): Promise<EditableRow[]> {
  const edit: AlignmentEdit = validate(alignmentEditInput, input);
  return writeTransaction(db, async (tx) => {
    const block = await readRowAndNeighbours(tx, documentId, edit.row);
    const before = block.rows;
    const after = applyEdit(before, edit);
    await tx.alignmentChange.create({ data: { documentId, action: edit.op, before: difference(before, after), ...actorColumns(actor) } });
    await writeBlock(tx, documentId, block, after);
    const touched = after.filter((r) => r.locked && !before.some((b) => b.locked && sameRow(b, r)));
    await rememberConfirmedPairs(tx, documentId, edit.op === "confirm" ? touched : []);
    return after;
  });
}

/**
 * The rows with an edit taken back: the block of rows that hold the paragraphs the edit
 * touched is replaced by the rows it removed. Paragraphs removed since (by a re-import)
 * cannot come back; paragraphs the old rows no longer account for stay as loose rows.
 */
function takeBack(current: readonly EditableRow[], removed: readonly EditableRow[], added: readonly EditableRow[]): EditableRow[] {
  const touched = (side: "fr" | "en") => new Set([...removed, ...added].flatMap((r) => r[side]));
  const [fr, en] = [touched("fr"), touched("en")];
  const hit = (r: EditableRow) => r.fr.some((id) => fr.has(id)) || r.en.some((id) => en.has(id));
  const first = current.findIndex(hit);
  if (first < 0) return [...current];
  let last = first;
  for (let k = first; k < current.length; k++) if (hit(current[k])) last = k;
  const block = current.slice(first, last + 1);
  const present = { fr: new Set(block.flatMap((r) => r.fr)), en: new Set(block.flatMap((r) => r.en)) };
  const restored = removed
    .map((r) => ({ ...r, fr: r.fr.filter((id) => present.fr.has(id)), en: r.en.filter((id) => present.en.has(id)) }))
    .filter((r) => r.fr.length || r.en.length);
  const accounted = { fr: new Set(restored.flatMap((r) => r.fr)), en: new Set(restored.flatMap((r) => r.en)) };
  const loose = (side: "fr" | "en") =>
    block.flatMap((r) => r[side]).filter((id) => !accounted[side].has(id)).map((id): EditableRow => ({ fr: side === "fr" ? [id] : [], en: side === "en" ? [id] : [], score: null, method: null, locked: false }));
  return [...current.slice(0, first), ...restored, ...loose("fr"), ...loose("en"), ...current.slice(last + 1)];
}

/** The last alignment edit not undone, and the rows it made (one paragraph of each, to find them by). */
export interface LastAlignmentChange {
  id: number;
  action: string;
  createdAt: Date;
  made: RowRef[];
}

/** What "undo" would take back now, or null when there is nothing to undo. */
export async function lastAlignmentChange(db: Tx, documentId: number): Promise<LastAlignmentChange | null> {
  const last = await db.alignmentChange.findFirst({ where: { documentId, undoneAt: null }, orderBy: { id: "desc" } });
  if (!last) return null;
  const logged = change.safeParse(last.before);
  // Older entries (whole-document snapshots) do not say which rows the edit made.
  const made = logged.success && !Array.isArray(logged.data) ? logged.data.added : [];
  return {
    id: last.id,
    action: last.action,
    createdAt: last.createdAt,
    made: made.flatMap((r): RowRef[] => (r.fr.length ? [{ side: "fr", paragraphId: r.fr[0] }] : r.en.length ? [{ side: "en", paragraphId: r.en[0] }] : [])),
  };
}

/** The paragraphs an undo log entry names, as references to find their rows by. */
const paragraphsOf = (rows: readonly EditableRow[]): RowRef[] =>
  rows.flatMap((r) => [...r.fr.map((paragraphId) => ({ side: "fr" as const, paragraphId })), ...r.en.map((paragraphId) => ({ side: "en" as const, paragraphId }))]);

/**
 * Puts back the rows as they were before the last alignment edit not yet undone, and
 * records who undid it. Only the rows that now hold the paragraphs the edit touched are
 * read and rewritten.
 */
export async function undoAlignmentEdit(db: Db, documentId: number, actor: Actor = COMMAND_ACTOR): Promise<string | null> {
  return writeTransaction(db, async (tx) => {
    const last = await tx.alignmentChange.findFirst({ where: { documentId, undoneAt: null }, orderBy: { id: "desc" } });
    if (!last) return null;
    const logged = change.parse(last.before);
    if (Array.isArray(logged)) {
      // A whole-document snapshot (older entries).
      const current = await readRows(tx, documentId);
      const frIds = new Set(current.flatMap((r) => r.fr));
      const enIds = new Set(current.flatMap((r) => r.en));
      const rows = logged.map((r) => ({ ...r, fr: r.fr.filter((id) => frIds.has(id)), en: r.en.filter((id) => enIds.has(id)) })).filter((r) => r.fr.length || r.en.length);
      await writeRows(tx, documentId, rows);
    } else {
      // Paragraphs removed since (by a re-import) have no row: the block holds the others.
      const block = await readRowsAround(tx, documentId, paragraphsOf([...logged.removed, ...logged.added]), 0);
      if (block) await writeBlock(tx, documentId, block, takeBack(block.rows, logged.removed, logged.added));
    }
    const undoneBy = actorColumns(actor);
    await tx.alignmentChange.update({ where: { id: last.id }, data: { undoneAt: new Date(), undoneActor: undoneBy.actor, undoneUserId: undoneBy.userId } });
    return last.action;
  });
}
