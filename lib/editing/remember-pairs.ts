import type { Tx } from "../db/client";
import { addToMemory } from "../memory/memory";
import type { EditableRow } from "./alignment-ops";

/** Paragraphs of an n:m pair are joined like this in the memory, as in exports. */
const JOIN = "\n";

/**
 * Confirmed pairs feed the translation memory: the next time the same French comes (an
 * updated article, a repeated paragraph), its confirmed English is reused first.
 */
export async function rememberConfirmedPairs(tx: Tx, documentId: number, rows: readonly EditableRow[]): Promise<number> {
  let remembered = 0;
  for (const row of rows) {
    if (!row.fr.length || !row.en.length) continue;
    const [fr, en] = await Promise.all([
      tx.sourceParagraph.findMany({ where: { id: { in: row.fr }, documentId }, orderBy: { position: "asc" }, select: { text: true } }),
      tx.targetParagraph.findMany({ where: { id: { in: row.en }, documentId }, orderBy: { position: "asc" }, select: { text: true } }),
    ]);
    const sourceText = fr.map((p) => p.text).join(JOIN);
    const targetText = en.map((p) => p.text).join(JOIN);
    // A pair confirmed as "no translation" teaches the memory nothing.
    if (!targetText.trim()) continue;
    await addToMemory(tx, { sourceText, targetText, documentId });
    remembered++;
  }
  return remembered;
}
