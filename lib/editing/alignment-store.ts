import { setIntegers } from "../db/bulk-update";
import { chunked } from "../db/chunks";
import type { Tx } from "../db/client";
import { loadAlignedRows, type LinkKey } from "../documents/aligned-rows";
import { loadRowNumbering, rowsOfParagraphs, windowShape, type RowNumbering } from "../reader/row-outline";
import { loadRowWindow } from "../reader/row-window";
import { paragraphNotInDocument, type EditableRow, type RowRef } from "./alignment-ops";

const key = (row: { fr: number[]; en: number[] }) => `${row.fr.join(",")}|${row.en.join(",")}`;

/** A stored link with the paragraph ids it holds, in reading order. */
interface StoredLink extends LinkKey {
  score: number;
  method: string;
  locked: boolean;
  fr: number[];
  en: number[];
}

/**
 * Consecutive rows of a document, as an edit reads and rewrites them: the rows, the links
 * they hold, and the links just outside them (null at the document's ends), between which
 * any new link of these rows must be placed.
 */
export interface RowBlock {
  rows: EditableRow[];
  links: StoredLink[];
  low: LinkKey | null;
  high: LinkKey | null;
}

/** A document's rows as paragraph ids, links and loose paragraphs alike, in reading order. */
export async function readRows(tx: Tx, documentId: number): Promise<EditableRow[]> {
  return (await loadAlignedRows(tx, documentId)).map((row) => ({
    fr: row.fr.map((p) => p.id),
    en: row.en.map((p) => p.id),
    score: row.score,
    method: row.method,
    locked: row.locked,
  }));
}

/** A row with no method is a loose paragraph that no link holds, and stays so. */
const isLoose = (row: EditableRow) => row.method === null;

const orderAsc = [{ position: "asc" as const }, { id: "asc" as const }];
const orderDesc = [{ position: "desc" as const }, { id: "desc" as const }];
const beyond = (key: LinkKey, direction: "before" | "after") =>
  direction === "before"
    ? { OR: [{ position: { lt: key.position } }, { position: key.position, id: { lt: key.id } }] }
    : { OR: [{ position: { gt: key.position } }, { position: key.position, id: { gt: key.id } }] };

/** The non-empty link at this offset among non-empty links (0-based), as a key. */
async function linkAtOffset(tx: Tx, numbering: RowNumbering, offset: number): Promise<LinkKey | null> {
  if (offset < 0 || offset >= numbering.links) return null;
  const nonEmpty = numbering.empty.length ? { OR: [{ sourceParagraphs: { some: {} } }, { targetParagraphs: { some: {} } }] } : {};
  return tx.alignmentLink.findFirst({ where: { documentId: numbering.documentId, ...nonEmpty }, orderBy: orderAsc, skip: offset, select: { position: true, id: true } });
}

/**
 * Every link of a document with its paragraph ids: three queries keyed by the document (a
 * nested select would bind every link id, past SQLite's limit at 50,000 links).
 */
async function allLinks(tx: Tx, documentId: number): Promise<StoredLink[]> {
  const linked = { documentId, linkId: { not: null } };
  const [links, fr, en] = await Promise.all([
    tx.alignmentLink.findMany({ where: { documentId }, select: { id: true, position: true, score: true, method: true, locked: true } }),
    tx.sourceParagraph.findMany({ where: linked, orderBy: orderAsc, select: { id: true, linkId: true } }),
    tx.targetParagraph.findMany({ where: linked, orderBy: orderAsc, select: { id: true, linkId: true } }),
  ]);
  const byLink = new Map(links.map((l) => [l.id, { ...l, fr: [] as number[], en: [] as number[] }]));
  for (const p of fr) byLink.get(p.linkId!)?.fr.push(p.id);
  for (const p of en) byLink.get(p.linkId!)?.en.push(p.id);
  return [...byLink.values()];
}

/**
 * The rows holding these paragraphs, `margin` rows on either side, and the links around
 * them: what an alignment edit reads instead of the whole document. The rows are found as
 * the reader finds a window (row numbering, then SQL on the links' order), so the cost is
 * a few index lookups and O(rows read), however long the document. Null when none of the
 * paragraphs is in the document.
 */
export async function readRowsAround(tx: Tx, documentId: number, refs: readonly RowRef[], margin: number): Promise<RowBlock | null> {
  const numbering = await loadRowNumbering(tx, documentId);
  // A document with no link yet has no windows to read: it is one block.
  if (!numbering.aligned) return { rows: await readRows(tx, documentId), links: await allLinks(tx, documentId), low: null, high: null };
  const found = await rowsOfParagraphs(tx, numbering, refs);
  if (!found.length) return null;
  const first = Math.max(1, Math.min(...found) - margin);
  const last = Math.min(numbering.totalRows, Math.max(...found) + margin);
  const numbered = await loadRowWindow(tx, numbering, first, last);
  const links: StoredLink[] = numbered.flatMap((r) =>
    r.link && r.linkId !== null
      ? [{ ...r.link, score: r.score ?? 0, method: r.method ?? "manual", locked: r.locked, fr: r.fr.map((p) => p.id), en: r.en.map((p) => p.id) }]
      : [],
  );
  let low: LinkKey | null;
  let high: LinkKey | null;
  if (links.length) {
    const select = { position: true, id: true } as const;
    [low, high] = await Promise.all([
      tx.alignmentLink.findFirst({ where: { documentId, ...beyond(links[0], "before") }, orderBy: orderDesc, select }),
      tx.alignmentLink.findFirst({ where: { documentId, ...beyond(links[links.length - 1], "after") }, orderBy: orderAsc, select }),
    ]);
  } else {
    // Loose paragraphs only: the links on either side, by their place among links.
    const shape = windowShape(numbering, first, last);
    [low, high] = await Promise.all([linkAtOffset(tx, numbering, shape.linkOffset - 1), linkAtOffset(tx, numbering, shape.linkOffset)]);
  }
  const rows = numbered.map((r) => ({ fr: r.fr.map((p) => p.id), en: r.en.map((p) => p.id), score: r.score, method: r.method, locked: r.locked }));
  return { rows, links, low, high };
}

/** The rows around one paragraph's row, refused with the edit's message when it is not in the document. */
export async function readRowAndNeighbours(tx: Tx, documentId: number, ref: RowRef): Promise<RowBlock> {
  const block = await readRowsAround(tx, documentId, [ref], 1);
  if (!block || !block.rows.some((r) => r[ref.side].includes(ref.paragraphId))) {
    throw paragraphNotInDocument(ref);
  }
  return block;
}

/**
 * Positions for the wanted links, in reading order, keeping those of the links that stay:
 * new links take free integers between their kept neighbours. Null when there is no room
 * (a split between two consecutive positions) or the kept positions are not increasing.
 */
function placeLinks(kept: readonly (number | null)[]): number[] | null {
  const out: number[] = [];
  let k = 0;
  while (k < kept.length) {
    if (kept[k] !== null) {
      if (out.length && kept[k]! <= out[out.length - 1]) return null;
      out.push(kept[k]!);
      k++;
      continue;
    }
    let end = k;
    while (end < kept.length && kept[end] === null) end++;
    const low = out.length ? out[out.length - 1] : (end < kept.length ? kept[end]! : 0) - (end - k) - 1;
    const high = end < kept.length ? kept[end]! : low + (end - k) + 1;
    if (high - low - 1 < end - k) return null;
    for (let n = 1; k < end; k++, n++) out.push(low + n);
  }
  return out;
}

/** The kept positions with the block's bounds around them (null: a new link's slot). */
const slots = (same: readonly (StoredLink | null)[], low: LinkKey | null, high: LinkKey | null) => [
  ...(low ? [low.position] : []),
  ...same.map((l) => l?.position ?? null),
  ...(high ? [high.position] : []),
];

/** Positions for the wanted links between the block's bounds (see placeLinks). */
function placeBetween(same: readonly (StoredLink | null)[], low: LinkKey | null, high: LinkKey | null): number[] | null {
  const placed = placeLinks(slots(same, low, high));
  return placed && placed.slice(low ? 1 : 0, placed.length - (high ? 1 : 0));
}

/** Whether the kept positions increase: then only room is missing, and spreading them makes some. */
function increasing(same: readonly (StoredLink | null)[], low: LinkKey | null, high: LinkKey | null): boolean {
  const kept = slots(same, low, high).filter((p): p is number => p !== null);
  return kept.every((p, k) => k === 0 || kept[k - 1] < p);
}

/**
 * Every link of the document renumbered in reading order, `spacing` apart: the last resort
 * when positions leave no room or tie. Returns the new positions by link id.
 */
async function renumberLinks(tx: Tx, documentId: number, spacing: number): Promise<Map<number, number>> {
  const links = await tx.alignmentLink.findMany({ where: { documentId }, orderBy: orderAsc, select: { id: true } });
  const values = links.map((l, k) => ({ id: l.id, value: (k + 1) * spacing }));
  await setIntegers(tx, "AlignmentLink", "position", values);
  return new Map(values.map((v) => [v.id, v.value]));
}

/**
 * Makes the block's stored links exactly `rows`, which replace the block's rows. Links that
 * already pair the same paragraphs are kept (with their creation date, which exports carry)
 * and keep their position; the others are deleted and created anew between them and the
 * block's bounds. Only what changed is written, so a hand edit of a 50,000-link document
 * writes a few rows — unless positions have no room left, when every position of the
 * document is doubled first (one statement), or at worst renumbered.
 */
export async function writeBlock(tx: Tx, documentId: number, block: RowBlock, rows: readonly EditableRow[]): Promise<void> {
  let { low, high } = block;
  const byKey = new Map(block.links.map((l) => [key(l), { ...l }]));
  const wanted = rows.filter((r) => !isLoose(r));
  const same = wanted.map((r) => byKey.get(key(r)) ?? null);
  const keptIds = new Set(same.flatMap((l) => (l ? [l.id] : [])));
  const stale = block.links.filter((l) => !keptIds.has(l.id)).map((l) => l.id);
  // Their paragraphs' linkId becomes null (ON DELETE SET NULL).
  for (const ids of chunked(stale)) await tx.alignmentLink.deleteMany({ where: { id: { in: ids } } });

  let positions = placeBetween(same, low, high);
  for (let spread = 0; !positions && spread < 4 && increasing(same, low, high); spread++) {
    await tx.$executeRaw`UPDATE "AlignmentLink" SET "position" = "position" * 2 WHERE "documentId" = ${documentId}`;
    for (const l of same) if (l) l.position *= 2;
    low = low && { ...low, position: low.position * 2 };
    high = high && { ...high, position: high.position * 2 };
    positions = placeBetween(same, low, high);
  }
  if (!positions) {
    // Kept links out of order, or positions that tie: reading-order numbers between the bounds.
    if (low || high) {
      const renumbered = await renumberLinks(tx, documentId, wanted.length + 1);
      for (const l of same) if (l) l.position = renumbered.get(l.id)!;
      low = low && { ...low, position: renumbered.get(low.id)! };
      high = high && { ...high, position: renumbered.get(high.id)! };
    }
    const start = low ? low.position + 1 : 0;
    positions = wanted.map((_, k) => start + k);
  }

  for (const [k, row] of wanted.entries()) {
    const data = { position: positions[k], score: row.score ?? 0, method: row.method ?? "manual", locked: row.locked };
    const link = same[k];
    if (link) {
      if (link.position !== data.position || link.score !== data.score || link.method !== data.method || link.locked !== data.locked) {
        await tx.alignmentLink.update({ where: { id: link.id }, data });
      }
      continue;
    }
    const created = await tx.alignmentLink.create({ data: { documentId, ...data }, select: { id: true } });
    if (row.fr.length) await tx.sourceParagraph.updateMany({ where: { documentId, id: { in: row.fr } }, data: { linkId: created.id } });
    if (row.en.length) await tx.targetParagraph.updateMany({ where: { documentId, id: { in: row.en } }, data: { linkId: created.id } });
  }
}

/** Makes the stored links of a whole document exactly `rows` (see writeBlock). */
export async function writeRows(tx: Tx, documentId: number, rows: readonly EditableRow[]): Promise<void> {
  await writeBlock(tx, documentId, { rows: [], links: await allLinks(tx, documentId), low: null, high: null }, rows);
}
