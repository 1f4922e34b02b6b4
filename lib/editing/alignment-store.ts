import { setIntegers } from "../db/bulk-update";
import { chunked } from "../db/chunks";
import type { Tx } from "../db/client";
import { loadAlignedRows } from "../documents/aligned-rows";
import type { EditableRow } from "./alignment-ops";

const key = (row: { fr: number[]; en: number[] }) => `${row.fr.join(",")}|${row.en.join(",")}`;

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

/**
 * Positions for the wanted links, in reading order, keeping those of the links that stay:
 * new links take free integers between their kept neighbours. Null when there is no room
 * (a split between two consecutive positions).
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

/**
 * Makes the stored links of a document exactly `rows`. Links that already pair the same
 * paragraphs are kept (with their creation date, which exports carry) and keep their
 * position; the others are deleted and created anew between them. Only what changed is
 * written, so a hand edit of a 50,000-link document writes a few rows — unless positions
 * have no room left, when every position is doubled first (one statement).
 */
export async function writeRows(tx: Tx, documentId: number, rows: readonly EditableRow[]): Promise<void> {
  const existing = await tx.alignmentLink.findMany({
    where: { documentId },
    select: { id: true, position: true, score: true, method: true, locked: true, sourceParagraphs: { select: { id: true }, orderBy: { position: "asc" } }, targetParagraphs: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  const byKey = new Map(existing.map((l) => [key({ fr: l.sourceParagraphs.map((p) => p.id), en: l.targetParagraphs.map((p) => p.id) }), l]));
  const wanted = rows.filter((r) => !isLoose(r));
  const same = wanted.map((r) => byKey.get(key(r)) ?? null);
  const keptIds = new Set(same.flatMap((l) => (l ? [l.id] : [])));
  const stale = existing.filter((l) => !keptIds.has(l.id)).map((l) => l.id);
  // Their paragraphs' linkId becomes null (ON DELETE SET NULL).
  for (const ids of chunked(stale)) await tx.alignmentLink.deleteMany({ where: { id: { in: ids } } });

  const keptPositions = same.flatMap((l) => (l ? [l.position] : []));
  const inOrder = keptPositions.every((p, k) => k === 0 || keptPositions[k - 1] < p);
  let positions = inOrder ? placeLinks(same.map((l) => l?.position ?? null)) : null;
  for (let spread = 0; inOrder && !positions && spread < 4; spread++) {
    await tx.$executeRaw`UPDATE "AlignmentLink" SET "position" = "position" * 2 WHERE "documentId" = ${documentId}`;
    for (const l of same) if (l) l.position *= 2;
    positions = placeLinks(same.map((l) => l?.position ?? null));
  }
  // Out of order (rows reordered by hand): plain reading-order numbers for all.
  if (!positions) {
    positions = wanted.map((_, k) => k);
    await setIntegers(tx, "AlignmentLink", "position", same.flatMap((l, k) => (l && l.position !== k ? [{ id: l.id, value: k }] : [])));
    for (const [k, l] of same.entries()) if (l) l.position = k;
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
