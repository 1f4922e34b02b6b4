import type { Tx } from "../db/client";
import type { ParagraphKind } from "../text/paragraph-kind";

export interface RowParagraph {
  id: number;
  position: number;
  kind: ParagraphKind;
  text: string;
}

export interface EnglishRowParagraph extends RowParagraph {
  origin: string;
  status: string;
  version: number;
}

/**
 * One row of the bilingual view: an alignment link, or a paragraph no link holds yet
 * (before the aligner ran, or after an import changed the text), shown on its own.
 */
export interface AlignedRow {
  linkId: number | null;
  score: number | null;
  method: string | null;
  locked: boolean;
  fr: RowParagraph[];
  en: EnglishRowParagraph[];
}

const PARAGRAPH = { id: true, position: true, kind: true, text: true, linkId: true } as const;

/**
 * A document's rows in reading order: its links by position, with every paragraph that
 * belongs to no link placed as a one-sided row where its position puts it.
 */
export async function loadAlignedRows(db: Tx, documentId: number): Promise<AlignedRow[]> {
  const [links, french, english] = await Promise.all([
    db.alignmentLink.findMany({ where: { documentId }, orderBy: { position: "asc" } }),
    db.sourceParagraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: PARAGRAPH }),
    db.targetParagraph.findMany({
      where: { documentId },
      orderBy: { position: "asc" },
      select: { ...PARAGRAPH, origin: true, status: true, version: true },
    }),
  ]);
  const byLink = <T extends { linkId: number | null }>(paragraphs: T[]) => {
    const map = new Map<number, T[]>();
    for (const p of paragraphs) if (p.linkId !== null) map.set(p.linkId, [...(map.get(p.linkId) ?? []), p]);
    return map;
  };
  const strip = <T extends { linkId: number | null; kind: string }>({ linkId: _, ...p }: T) =>
    ({ ...p, kind: p.kind as ParagraphKind }) as Omit<T, "linkId"> & { kind: ParagraphKind };
  const frByLink = byLink(french);
  const enByLink = byLink(english);
  const looseFr = french.filter((p) => p.linkId === null);
  const looseEn = english.filter((p) => p.linkId === null);

  const rows: AlignedRow[] = [];
  const loose = (side: "fr" | "en", before: number) => {
    const queue = side === "fr" ? looseFr : looseEn;
    while (queue.length && queue[0].position < before) {
      const p = queue.shift()!;
      rows.push({
        linkId: null,
        score: null,
        method: null,
        locked: false,
        fr: side === "fr" ? [strip(p)] : [],
        en: side === "en" ? [strip(p as (typeof english)[number])] : [],
      });
    }
  };
  for (const link of links) {
    const fr = frByLink.get(link.id) ?? [];
    const en = enByLink.get(link.id) ?? [];
    if (!fr.length && !en.length) continue;
    if (fr.length) loose("fr", fr[0].position);
    if (en.length) loose("en", en[0].position);
    rows.push({ linkId: link.id, score: link.score, method: link.method, locked: link.locked, fr: fr.map(strip), en: en.map(strip) });
  }
  loose("fr", Infinity);
  loose("en", Infinity);
  return rows;
}
