import type { Tx } from "../db/client";
import { linkRowsAt, looseRows, paragraphsAt, type AlignedRow, type LinkKey } from "../documents/aligned-rows";
import { windowShape, type RowNumbering } from "./row-outline";

/** A row of a window: an aligned row with its number in the whole document (from 1). */
export interface NumberedRow extends AlignedRow {
  row: number;
  /** The link's place in the order of links; null for a loose paragraph. */
  link: LinkKey | null;
}

/**
 * Rows `first`..`last` of a document (clipped to its length), read with SQL: the links of
 * the window by their rank (an index range), their paragraphs by the links' position
 * range, and the loose paragraphs the outline places in the window by id. Cost: O(window)
 * rows read, plus an index walk to the window's first link.
 *
 * A document with no link shows its two texts side by side: the window is one row holding
 * French and English paragraphs first..last of each side.
 */
export async function loadRowWindow(db: Tx, outline: RowNumbering, first: number, last: number): Promise<NumberedRow[]> {
  const end = Math.min(last, outline.totalRows);
  if (end < first) return [];
  if (!outline.aligned) {
    const [fr, en] = await Promise.all([
      paragraphsAt(db, "fr", outline.documentId, first - 1, end - first + 1),
      paragraphsAt(db, "en", outline.documentId, first - 1, end - first + 1),
    ]);
    return [{ row: first, link: null, linkId: null, score: null, method: null, locked: false, fr, en: en as AlignedRow["en"] }];
  }
  const shape = windowShape(outline, first, end);
  const [links, loose] = await Promise.all([
    linkRowsAt(db, outline.documentId, shape.linkOffset, shape.linkCount, outline.empty.length > 0),
    looseRows(db, shape.loose),
  ]);
  const rows: NumberedRow[] = [];
  let nextLink = 0;
  let nextLoose = 0;
  for (let row = first; row <= end; row++) {
    const lone = shape.loose[nextLoose];
    if (lone?.row === row) {
      nextLoose++;
      const aligned = loose.get(`${lone.side}-${lone.id}`);
      // Gone since the outline was read (a concurrent write): the next version re-reads it.
      if (aligned) rows.push({ ...aligned, row, link: null });
      continue;
    }
    const link = links[nextLink++];
    if (!link) break;
    const { position, id, ...aligned } = link;
    rows.push({ ...aligned, row, link: { position, id } });
  }
  return rows;
}
