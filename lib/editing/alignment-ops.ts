import { UserError } from "../errors";

export type Side = "fr" | "en";

/**
 * A row of a document's alignment as edits see it: paragraph ids on each side. (A type
 * alias, not an interface, so that it can be stored as JSON in the undo log.)
 */
export type EditableRow = {
  fr: number[];
  en: number[];
  score: number | null;
  method: string | null;
  locked: boolean;
};

/** Points at a row through one of its paragraphs (rows of loose paragraphs have no link id). */
export interface RowRef {
  side: Side;
  paragraphId: number;
}

export type AlignmentEdit =
  | { op: "merge"; row: RowRef }
  | { op: "split"; row: RowRef }
  | { op: "move"; row: RowRef; direction: "up" | "down" }
  | { op: "confirm"; row: RowRef };

const other = (side: Side): Side => (side === "fr" ? "en" : "fr");

/** Why an edit cannot apply to its row, as the web page says it (values.reason); `message` as the command line and the API say it. */
type RefusedReason = "lastRow" | "firstParagraph" | "noRowAbove" | "noRowBelow" | "notFirst" | "notLast";
const refused = (reason: RefusedReason, message: string) => new UserError({ code: "alignmentEditRefused", values: { reason }, problem: message });

/** A paragraph id that is not on that side of this document. */
export const paragraphNotInDocument = (ref: RowRef) =>
  new UserError({
    code: "paragraphNotFound",
    field: "paragraph",
    value: ref.paragraphId,
    values: { side: ref.side },
    problem: `not a ${ref.side === "fr" ? "French" : "English"} paragraph of this document`,
  });

/** What a person drew or confirmed: the aligner keeps it as it is from now on. */
const manual = (fr: number[], en: number[]): EditableRow => ({ fr, en, score: 1, method: "manual", locked: true });

export function findRow(rows: readonly EditableRow[], ref: RowRef): number {
  const index = rows.findIndex((r) => r[ref.side].includes(ref.paragraphId));
  if (index < 0) throw paragraphNotInDocument(ref);
  return index;
}

/** The row and the next one become one row. */
function merge(rows: EditableRow[], i: number): EditableRow[] {
  if (i + 1 >= rows.length) throw refused("lastRow", "merge: this is the last row, there is no next row to merge with");
  const [a, b] = [rows[i], rows[i + 1]];
  return [...rows.slice(0, i), manual([...a.fr, ...b.fr], [...a.en, ...b.en]), ...rows.slice(i + 2)];
}

/**
 * The row is cut before the chosen paragraph: it and the paragraphs after it on its side
 * start a new row. The other side is cut at the same proportion, the best guess until the
 * person moves a paragraph.
 */
function split(rows: EditableRow[], i: number, ref: RowRef): EditableRow[] {
  const row = rows[i];
  const k = row[ref.side].indexOf(ref.paragraphId);
  if (k === 0) throw refused("firstParagraph", "split: choose a paragraph after the first one of its side; the row would not change");
  const opposite = row[other(ref.side)];
  const j = Math.round((k / row[ref.side].length) * opposite.length);
  const cut = { [ref.side]: k, [other(ref.side)]: j } as Record<Side, number>;
  return [
    ...rows.slice(0, i),
    manual(row.fr.slice(0, cut.fr), row.en.slice(0, cut.en)),
    manual(row.fr.slice(cut.fr), row.en.slice(cut.en)),
    ...rows.slice(i + 1),
  ];
}

/**
 * Moves a paragraph into the row above (only the first of its side can go up) or below
 * (only the last can go down), keeping reading order. A row left empty disappears.
 */
function move(rows: EditableRow[], i: number, ref: RowRef, direction: "up" | "down"): EditableRow[] {
  const side = ref.side;
  const row = rows[i];
  const target = direction === "up" ? i - 1 : i + 1;
  if (target < 0 || target >= rows.length) throw refused(direction === "up" ? "noRowAbove" : "noRowBelow", `move: there is no row ${direction === "up" ? "above" : "below"}`);
  const ids = row[side];
  const edge = direction === "up" ? ids[0] : ids[ids.length - 1];
  if (edge !== ref.paragraphId) {
    throw refused(direction === "up" ? "notFirst" : "notLast", `move: only the ${direction === "up" ? "first" : "last"} paragraph of a row can move ${direction}`);
  }
  const rest = ids.filter((id) => id !== ref.paragraphId);
  const moved = { ...row, [side]: rest } as EditableRow;
  const neighbour = rows[target];
  const received = {
    ...neighbour,
    [side]: direction === "up" ? [...neighbour[side], ref.paragraphId] : [ref.paragraphId, ...neighbour[side]],
  } as EditableRow;
  const next = [...rows];
  next[i] = manual(moved.fr, moved.en);
  next[target] = manual(received.fr, received.en);
  return next.filter((r) => r.fr.length || r.en.length);
}

/** Applies one edit to the rows and returns the new rows; the input is not changed. */
export function applyEdit(rows: readonly EditableRow[], edit: AlignmentEdit): EditableRow[] {
  const copy = [...rows];
  const i = findRow(copy, edit.row);
  switch (edit.op) {
    case "merge":
      return merge(copy, i);
    case "split":
      return split(copy, i, edit.row);
    case "move":
      return move(copy, i, edit.row, edit.direction);
    case "confirm":
      copy[i] = manual(copy[i].fr, copy[i].en);
      return copy;
  }
}
