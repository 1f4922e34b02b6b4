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
 * Makes the stored links of a document exactly `rows`. Links that already pair the same
 * paragraphs are kept (with their creation date, which exports carry) and only renumbered;
 * the others are deleted and created anew.
 */
export async function writeRows(tx: Tx, documentId: number, rows: readonly EditableRow[]): Promise<void> {
  const existing = await tx.alignmentLink.findMany({
    where: { documentId },
    include: { sourceParagraphs: { select: { id: true }, orderBy: { position: "asc" } }, targetParagraphs: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  const byKey = new Map(existing.map((l) => [key({ fr: l.sourceParagraphs.map((p) => p.id), en: l.targetParagraphs.map((p) => p.id) }), l]));
  const wanted = rows.filter((r) => !isLoose(r));
  const kept = new Set(wanted.map((r) => byKey.get(key(r))?.id).filter((id): id is number => id !== undefined));
  await tx.alignmentLink.deleteMany({ where: { documentId, id: { notIn: [...kept] } } });

  let position = 0;
  for (const row of wanted) {
    const data = { position: position++, score: row.score ?? 0, method: row.method ?? "manual", locked: row.locked };
    const same = byKey.get(key(row));
    if (same) {
      if (same.position !== data.position || same.score !== data.score || same.method !== data.method || same.locked !== data.locked) {
        await tx.alignmentLink.update({ where: { id: same.id }, data });
      }
      continue;
    }
    const link = await tx.alignmentLink.create({ data: { documentId, ...data } });
    if (row.fr.length) await tx.sourceParagraph.updateMany({ where: { documentId, id: { in: row.fr } }, data: { linkId: link.id } });
    if (row.en.length) await tx.targetParagraph.updateMany({ where: { documentId, id: { in: row.en } }, data: { linkId: link.id } });
  }
}
