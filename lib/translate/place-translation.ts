import { actorColumns, COMMAND_ACTOR, type Actor } from "../auth/actor";
import type { Tx } from "../db/client";
import { loadAlignedRows } from "../documents/aligned-rows";
import { hashText } from "../text/normalize";

/** `imported`: a credit line copied unchanged from the French (lib/translate/run.ts). */
export type TranslationOrigin = "deepl" | "memory" | "imported";

export interface NewTranslation {
  sourceParagraphId: number;
  text: string;
  origin: TranslationOrigin;
  /** Stored on the English paragraph's first revision. */
  note: string;
  /** Who asked for it, recorded on that revision (default: the command line). */
  actor?: Actor;
}

type RowsClient = Parameters<typeof loadAlignedRows>[0];

/**
 * Gives a French paragraph that has no English its translation, inside the caller's
 * transaction:
 * - the English paragraph goes where reading order puts it: after the English of every row
 *   before the French one's (lib/documents/aligned-rows.ts), the later English positions
 *   moving up by one;
 * - it gets status `machine`, version 1 and its first Revision;
 * - it is linked 1-1 to the French: a 1-0 link holding only this French paragraph is
 *   reused (method becomes `translate`, its lock kept); an n-0 link is dissolved (its other
 *   French paragraphs become unlinked, and get their own link when their turn comes); an
 *   unlinked paragraph gets a new link placed after the links of the rows before it.
 * Returns false, writing nothing, if the paragraph has English by now or is gone.
 */
export async function placeTranslation(tx: Tx, documentId: number, translation: NewTranslation): Promise<boolean> {
  const rowsClient = tx as unknown as RowsClient;
  let rows = await loadAlignedRows(rowsClient, documentId);
  let index = rows.findIndex((r) => r.fr.some((p) => p.id === translation.sourceParagraphId));
  if (index < 0 || rows[index].en.length) return false;

  let row = rows[index];
  if (row.linkId !== null && row.fr.length > 1) {
    await tx.sourceParagraph.updateMany({ where: { linkId: row.linkId }, data: { linkId: null } });
    await tx.alignmentLink.delete({ where: { id: row.linkId } });
    rows = await loadAlignedRows(rowsClient, documentId);
    index = rows.findIndex((r) => r.fr.some((p) => p.id === translation.sourceParagraphId));
    row = rows[index];
  }
  const french = row.fr[0];
  const before = rows.slice(0, index);

  const englishBefore = before.flatMap((r) => r.en.map((p) => p.position));
  const position = englishBefore.length ? Math.max(...englishBefore) + 1 : 0;
  await tx.targetParagraph.updateMany({ where: { documentId, position: { gte: position } }, data: { position: { increment: 1 } } });

  let linkId = row.linkId;
  if (linkId !== null) {
    await tx.alignmentLink.update({ where: { id: linkId }, data: { method: "translate", score: 1 } });
  } else {
    const linksBefore = before.filter((r) => r.linkId !== null).map((r) => r.linkId!);
    const previous = linksBefore.length
      ? await tx.alignmentLink.findUniqueOrThrow({ where: { id: linksBefore[linksBefore.length - 1] }, select: { position: true } })
      : null;
    const linkPosition = previous ? previous.position + 1 : 0;
    await tx.alignmentLink.updateMany({ where: { documentId, position: { gte: linkPosition } }, data: { position: { increment: 1 } } });
    const link = await tx.alignmentLink.create({ data: { documentId, position: linkPosition, score: 1, method: "translate" } });
    linkId = link.id;
    await tx.sourceParagraph.update({ where: { id: french.id }, data: { linkId } });
  }

  const english = await tx.targetParagraph.create({
    data: {
      documentId,
      position,
      kind: french.kind,
      text: translation.text,
      hash: hashText(translation.text),
      origin: translation.origin,
      status: "machine",
      version: 1,
      linkId,
    },
  });
  await tx.revision.create({
    data: { paragraphId: english.id, version: 1, text: translation.text, origin: translation.origin, status: "machine", note: translation.note, ...actorColumns(translation.actor ?? COMMAND_ACTOR) },
  });
  if (french.kind === "title") {
    await tx.document.updateMany({ where: { id: documentId, titleEn: null }, data: { titleEn: translation.text } });
  }
  return true;
}
