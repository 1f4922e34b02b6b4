import type { Tx } from "../db/client";
import type { AlignedRow } from "../documents/aligned-rows";
import type { ParagraphKind } from "../text/paragraph-kind";

const PARAGRAPH = { id: true, position: true, kind: true, text: true, linkId: true } as const;

function groupByLink<T extends { linkId: number | null }>(paragraphs: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const p of paragraphs) {
    if (p.linkId === null) continue;
    const list = map.get(p.linkId);
    if (list) list.push(p);
    else map.set(p.linkId, [p]);
  }
  return map;
}

const strip = <T extends { linkId: number | null; kind: string }>({ linkId: _, ...p }: T) =>
  ({ ...p, kind: p.kind as ParagraphKind }) as Omit<T, "linkId"> & { kind: ParagraphKind };

/**
 * A document's rows in reading order, as lib/documents/aligned-rows.ts defines them (its
 * links by position; a paragraph no link holds is a one-sided row where its position puts
 * it), read for the reader in three queries keyed by document: no list of ids is bound,
 * so a document of any length stays within SQLite's parameter limit, and the whole page is
 * three index scans. Cost: O(paragraphs + links).
 */
export async function loadReaderRows(db: Tx, documentId: number): Promise<AlignedRow[]> {
  const [links, french, english] = await Promise.all([
    db.alignmentLink.findMany({
      where: { documentId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, score: true, method: true, locked: true },
    }),
    db.sourceParagraph.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: PARAGRAPH }),
    db.targetParagraph.findMany({
      where: { documentId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { ...PARAGRAPH, origin: true, status: true, version: true },
    }),
  ]);
  const frByLink = groupByLink(french);
  const enByLink = groupByLink(english);
  const looseFr = french.filter((p) => p.linkId === null);
  const looseEn = english.filter((p) => p.linkId === null);
  let nextFr = 0;
  let nextEn = 0;

  const rows: AlignedRow[] = [];
  const lone = { linkId: null, score: null, method: null, locked: false } as const;
  const flushFr = (before: number) => {
    for (; nextFr < looseFr.length && looseFr[nextFr].position < before; nextFr++) rows.push({ ...lone, fr: [strip(looseFr[nextFr])], en: [] });
  };
  const flushEn = (before: number) => {
    for (; nextEn < looseEn.length && looseEn[nextEn].position < before; nextEn++) rows.push({ ...lone, fr: [], en: [strip(looseEn[nextEn])] });
  };
  for (const link of links) {
    const fr = frByLink.get(link.id) ?? [];
    const en = enByLink.get(link.id) ?? [];
    if (!fr.length && !en.length) continue;
    if (fr.length) flushFr(fr[0].position);
    if (en.length) flushEn(en[0].position);
    rows.push({ linkId: link.id, score: link.score, method: link.method, locked: link.locked, fr: fr.map(strip), en: en.map(strip) });
  }
  flushFr(Infinity);
  flushEn(Infinity);
  return rows;
}
