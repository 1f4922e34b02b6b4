import { LOW_CONFIDENCE } from "../align/confidence";
import type { Tx } from "../db/client";
import { countLinks, countLinksBefore, emptyLinks, looseParagraphs, type LinkKey, type LooseParagraph } from "../documents/aligned-rows";

/** A heading of the document (or its title) and the row that holds it. */
export interface TocEntry {
  row: number;
  kind: "title" | "heading";
  /** The heading's text, cut at TOC_TEXT_LENGTH characters. */
  text: string;
}

export const TOC_TEXT_LENGTH = 120;

/** A link holding no paragraph, with its rank among all links. */
interface EmptyLink extends LinkKey {
  rank: number;
}

/**
 * How a document's rows are numbered: how many rows there are and where the paragraphs no
 * link holds stand. Everything else is found by SQL when rows are read.
 * Size: O(loose paragraphs), nothing per link.
 */
export interface RowNumbering {
  documentId: number;
  /** Whether any link exists. Until one does, row N is the N-th paragraph of each side. */
  aligned: boolean;
  totalRows: number;
  /** Links, empty ones included. */
  links: number;
  /** Links holding no paragraph: not rows (none in practice). */
  empty: EmptyLink[];
  /** Loose paragraphs in reading order, each with its row number. */
  loose: (LooseParagraph & { row: number })[];
}

/**
 * What a reader page needs of the whole document, read once per version of the document
 * (see load-reader.ts): the numbering, the count of low-confidence links and the table of
 * contents. Size: O(loose paragraphs + headings).
 */
export interface RowOutline extends RowNumbering {
  /** Links scored below LOW_CONFIDENCE. */
  lowConfidence: number;
  toc: TocEntry[];
}

/** How many of `sorted` satisfy `test`, a predicate true for a prefix of the list. */
function countPrefix<T>(sorted: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The row number of the (non-empty) link with `rank` links before it. */
export function rowOfLinkRank(outline: RowNumbering, rank: number): number {
  const emptyBefore = countPrefix(outline.empty, (e) => e.rank < rank);
  const looseBefore = countPrefix(outline.loose, (p) => p.linksBefore <= rank);
  return rank - emptyBefore + looseBefore + 1;
}

/** The row number of a link, by one index range count. */
export async function rowOfLink(db: Tx, outline: RowNumbering, key: LinkKey): Promise<number> {
  return rowOfLinkRank(outline, await countLinksBefore(db, outline.documentId, key));
}

/** A paragraph of one side, by id. */
export interface ParagraphRef {
  side: "fr" | "en";
  paragraphId: number;
}

/** The row numbers of the rows holding these paragraphs (those not in the document are left out). */
export async function rowsOfParagraphs(tx: Tx, numbering: RowNumbering, refs: readonly ParagraphRef[]): Promise<number[]> {
  const { documentId } = numbering;
  const ids = (side: "fr" | "en") => [...new Set(refs.filter((r) => r.side === side).map((r) => r.paragraphId))];
  const select = { id: true, link: { select: { position: true, id: true } } } as const;
  const [fr, en] = await Promise.all([
    ids("fr").length ? tx.sourceParagraph.findMany({ where: { documentId, id: { in: ids("fr") } }, select }) : [],
    ids("en").length ? tx.targetParagraph.findMany({ where: { documentId, id: { in: ids("en") } }, select }) : [],
  ]);
  const links = new Map<number, LinkKey>();
  const rows: number[] = [];
  for (const [side, list] of [["fr", fr], ["en", en]] as const) {
    for (const p of list) {
      if (p.link) links.set(p.link.id, p.link);
      else {
        const loose = numbering.loose.find((l) => l.side === side && l.id === p.id);
        if (loose) rows.push(loose.row);
      }
    }
  }
  for (const link of links.values()) rows.push(await rowOfLink(tx, numbering, link));
  return rows;
}

/**
 * Which rows `first`..`last` are: the loose paragraphs among them, and the range of
 * non-empty links (by their order among non-empty links) that fills the rest.
 */
export function windowShape(outline: RowNumbering, first: number, last: number) {
  const before = countPrefix(outline.loose, (p) => p.row < first);
  const inside = countPrefix(outline.loose, (p) => p.row <= last) - before;
  return {
    loose: outline.loose.slice(before, before + inside),
    /** Non-empty links before the window. */
    linkOffset: first - 1 - before,
    linkCount: last - first + 1 - inside,
  };
}

type RawToc = { id: unknown; kind: string; text: string; rank: unknown };

async function linkedHeadings(db: Tx, documentId: number): Promise<RawToc[]> {
  const any = await db.sourceParagraph.findFirst({ where: { documentId, kind: { in: ["title", "heading"] }, linkId: { not: null } }, select: { id: true } });
  if (!any) return [];
  return db.$queryRaw`WITH ranked AS (
      SELECT l."id", ROW_NUMBER() OVER (ORDER BY l."position", l."id") - 1 AS "rank"
      FROM "AlignmentLink" l WHERE l."documentId" = ${documentId})
    SELECT h."id", h."kind", substr(h."text", 1, ${TOC_TEXT_LENGTH}) AS "text", r."rank"
    FROM "SourceParagraph" h JOIN ranked r ON r."id" = h."linkId"
    WHERE h."documentId" = ${documentId} AND h."kind" IN ('title', 'heading')
    ORDER BY r."rank", h."position"`;
}

/** Headings of a document with no link: row N is the N-th French paragraph. */
async function unalignedHeadings(db: Tx, documentId: number): Promise<TocEntry[]> {
  const rows: RawToc[] = await db.$queryRaw`SELECT * FROM (
      SELECT p."id", p."kind", substr(p."text", 1, ${TOC_TEXT_LENGTH}) AS "text", ROW_NUMBER() OVER (ORDER BY p."position", p."id") - 1 AS "rank"
      FROM "SourceParagraph" p WHERE p."documentId" = ${documentId}) n
    WHERE n."kind" IN ('title', 'heading') ORDER BY n."rank"`;
  return rows.map((r) => ({ row: Number(r.rank) + 1, kind: r.kind as TocEntry["kind"], text: r.text }));
}

async function alignedToc(db: Tx, outline: RowNumbering): Promise<TocEntry[]> {
  const linked = (await linkedHeadings(db, outline.documentId)).map((h) => ({
    row: rowOfLinkRank(outline, Number(h.rank)),
    kind: h.kind as TocEntry["kind"],
    text: h.text,
  }));
  const looseHeadings = outline.loose.filter((p) => p.side === "fr" && (p.kind === "title" || p.kind === "heading"));
  if (!looseHeadings.length) return linked;
  const texts = new Map(
    (
      await db.sourceParagraph.findMany({ where: { documentId: outline.documentId, linkId: null, kind: { in: ["title", "heading"] } }, select: { id: true, text: true } })
    ).map((p) => [p.id, p.text.slice(0, TOC_TEXT_LENGTH)]),
  );
  const loose = looseHeadings.map((p) => ({ row: p.row, kind: p.kind as TocEntry["kind"], text: texts.get(p.id) ?? "" }));
  return [...linked, ...loose].sort((a, b) => a.row - b.row);
}

/**
 * Reads how a document's rows are numbered: a handful of queries, none reading paragraph
 * text. What an alignment edit needs to find a row and its neighbours.
 */
export async function loadRowNumbering(db: Tx, documentId: number): Promise<RowNumbering> {
  const links = await countLinks(db, documentId);
  if (!links) {
    const [fr, en] = await Promise.all([db.sourceParagraph.count({ where: { documentId } }), db.targetParagraph.count({ where: { documentId } })]);
    return { documentId, aligned: false, totalRows: Math.max(fr, en), links: 0, empty: [], loose: [] };
  }
  const [emptyKeys, loose] = await Promise.all([emptyLinks(db, documentId), looseParagraphs(db, documentId)]);
  const empty: EmptyLink[] = [];
  for (const key of emptyKeys) empty.push({ ...key, rank: await countLinksBefore(db, documentId, key) });
  return {
    documentId,
    aligned: true,
    totalRows: links - empty.length + loose.length,
    links,
    empty,
    // A loose paragraph's row: the non-empty links before it, the loose paragraphs before it, itself.
    loose: loose.map((p, i) => ({ ...p, row: p.linksBefore - countPrefix(empty, (e) => e.rank < p.linksBefore) + i + 1 })),
  };
}

/** Reads a document's outline: its numbering, its low-confidence count and its headings. */
export async function loadRowOutline(db: Tx, documentId: number): Promise<RowOutline> {
  const numbering = await loadRowNumbering(db, documentId);
  if (!numbering.aligned) return { ...numbering, lowConfidence: 0, toc: await unalignedHeadings(db, documentId) };
  const [lowConfidence, toc] = await Promise.all([
    db.alignmentLink.count({ where: { documentId, score: { lt: LOW_CONFIDENCE } } }),
    alignedToc(db, numbering),
  ]);
  return { ...numbering, lowConfidence, toc };
}
