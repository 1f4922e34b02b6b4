import { LOW_CONFIDENCE } from "../align/confidence";
import type { Tx } from "../db/client";
import { looseRows, type AlignedRow } from "../documents/aligned-rows";
import { Prisma } from "../db/sql";
import type { ParagraphKind } from "../text/paragraph-kind";
import { rowOfLinkRank, type RowNumbering } from "./row-outline";
import type { NumberedRow } from "./row-window";

/**
 * Which rows a reader page lists: all of them (no filter), or only the pairings to check
 * (low confidence), the rows whose English is not all reviewed, or the rows with a glossary
 * flag. A filtered page lists matching rows with their row numbers in the whole document.
 */
export const ROW_FILTERS = ["check", "unreviewed", "flagged"] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

/** A filter from a query parameter (`?show=check`), or undefined for all rows. */
export function parseRowFilter(value: string | string[] | undefined): RowFilter | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return ROW_FILTERS.find((f) => f === text);
}

/** What a link must satisfy to match, on the ranked links `r` (see rankedLinks). */
function condition(filter: RowFilter, documentId: number): Prisma.Sql {
  const holdsParagraphs = Prisma.sql`(EXISTS (SELECT 1 FROM "SourceParagraph" s WHERE s."linkId" = r."id") OR EXISTS (SELECT 1 FROM "TargetParagraph" t WHERE t."linkId" = r."id"))`;
  switch (filter) {
    case "check":
      return Prisma.sql`r."score" < ${LOW_CONFIDENCE} AND ${holdsParagraphs}`;
    case "unreviewed":
      return Prisma.sql`EXISTS (SELECT 1 FROM "TargetParagraph" t WHERE t."linkId" = r."id" AND t."status" <> 'reviewed')`;
    case "flagged":
      return Prisma.sql`r."id" IN (SELECT f."linkId" FROM "GlossaryFlag" f WHERE f."documentId" = ${documentId})`;
  }
}

interface MatchedLink {
  id: number;
  position: number;
  score: number;
  method: string;
  locked: boolean;
  /** Links (empty ones included) before it. */
  rank: number;
}

type RawLink = { [K in keyof MatchedLink]: unknown };

/**
 * The document's links ranked in reading order (a window function, portable to
 * PostgreSQL): one pass over the document's link index, no paragraph text read.
 */
const rankedLinks = (documentId: number) => Prisma.sql`WITH ranked AS (
    SELECT l."id", l."position", l."score", l."method", l."locked", ROW_NUMBER() OVER (ORDER BY l."position", l."id") - 1 AS "rank"
    FROM "AlignmentLink" l WHERE l."documentId" = ${documentId})`;

/** Matching links from rank `from` on (or before it, nearest first), `limit` of them. */
async function matchingLinks(db: Tx, documentId: number, filter: RowFilter, rank: number, direction: "from" | "before", limit: number): Promise<MatchedLink[]> {
  const [compare, order] = direction === "from" ? [Prisma.raw(">="), Prisma.raw("ASC")] : [Prisma.raw("<"), Prisma.raw("DESC")];
  const rows: RawLink[] = await db.$queryRaw`${rankedLinks(documentId)}
    SELECT r."id", r."position", r."score", r."method", r."locked", r."rank" FROM ranked r
    WHERE r."rank" ${compare} ${rank} AND ${condition(filter, documentId)}
    ORDER BY r."rank" ${order} LIMIT ${limit}`;
  return rows.map((r) => ({
    id: Number(r.id),
    position: Number(r.position),
    score: Number(r.score),
    method: String(r.method),
    // SQLite gives 0/1, PostgreSQL a boolean.
    locked: r.locked === true || Number(r.locked) === 1,
    rank: Number(r.rank),
  }));
}

/** How many links match (before rank `before`, if given). */
async function countMatchingLinks(db: Tx, documentId: number, filter: RowFilter, before?: number): Promise<number> {
  const rows: { n: unknown }[] =
    before === undefined
      ? await db.$queryRaw`SELECT COUNT(*) AS "n" FROM "AlignmentLink" r WHERE r."documentId" = ${documentId} AND ${condition(filter, documentId)}`
      : await db.$queryRaw`${rankedLinks(documentId)}
          SELECT COUNT(*) AS "n" FROM ranked r WHERE r."rank" < ${before} AND ${condition(filter, documentId)}`;
  return Number(rows[0]?.n ?? 0);
}

/** The loose paragraphs that match (only English not reviewed can), with their rows. */
async function matchingLoose(db: Tx, numbering: RowNumbering, filter: RowFilter) {
  if (filter !== "unreviewed" || !numbering.loose.some((p) => p.side === "en")) return [];
  const unreviewed = await db.targetParagraph.findMany({ where: { documentId: numbering.documentId, linkId: null, status: { not: "reviewed" } }, select: { id: true } });
  const ids = new Set(unreviewed.map((p) => p.id));
  return numbering.loose.filter((p) => p.side === "en" && ids.has(p.id));
}

/** How many rows of the document the filter lists. */
export async function countFilteredRows(db: Tx, numbering: RowNumbering, filter: RowFilter): Promise<number> {
  if (!numbering.aligned) return 0;
  const [links, loose] = await Promise.all([countMatchingLinks(db, numbering.documentId, filter), matchingLoose(db, numbering, filter)]);
  return links + loose.length;
}

/** The smallest link rank whose row is `row` or after (the number of links when none is). */
function firstRankFrom(numbering: RowNumbering, row: number): number {
  let lo = 0;
  let hi = numbering.links;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rowOfLinkRank(numbering, mid) >= row) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const PARAGRAPH = { id: true, position: true, kind: true, text: true, linkId: true } as const;

/** The rows of these links with their paragraphs, by the links' ids (a page's worth: bounded). */
async function linkRows(db: Tx, links: readonly MatchedLink[]): Promise<Map<number, AlignedRow>> {
  const ids = links.map((l) => l.id);
  const order = [{ position: "asc" as const }, { id: "asc" as const }];
  const [french, english] = ids.length
    ? await Promise.all([
        db.sourceParagraph.findMany({ where: { linkId: { in: ids } }, orderBy: order, select: PARAGRAPH }),
        db.targetParagraph.findMany({ where: { linkId: { in: ids } }, orderBy: order, select: { ...PARAGRAPH, origin: true, status: true, version: true } }),
      ])
    : [[], []];
  const rows = new Map<number, AlignedRow>(links.map((l) => [l.id, { linkId: l.id, score: l.score, method: l.method, locked: l.locked, fr: [], en: [] }]));
  for (const { linkId, ...p } of french) rows.get(linkId!)?.fr.push({ ...p, kind: p.kind as ParagraphKind });
  for (const { linkId, ...p } of english) rows.get(linkId!)?.en.push({ ...p, kind: p.kind as ParagraphKind });
  return rows;
}

/** A page of a filtered view: matching rows from a row on, and where the pages around it start. */
export interface FilteredRows {
  rows: NumberedRow[];
  /** Matching rows before this page. */
  before: number;
  /** The row the previous page starts from, and the next one (null when there is none). */
  previousFrom: number | null;
  nextFrom: number | null;
}

/** Matches (links and loose paragraphs) merged in row order. */
function inRowOrder(numbering: RowNumbering, links: readonly MatchedLink[], loose: readonly { row: number }[]) {
  return [...links.map((link) => ({ row: rowOfLinkRank(numbering, link.rank), link })), ...loose.map((p) => ({ row: p.row, link: null }))].sort((a, b) => a.row - b.row);
}

/**
 * Up to `size` rows matching `filter` from row `from` on, each numbered as in the whole
 * document: SQL over the links' order finds them (a page at a time, whatever the
 * document's length), then their paragraphs are read by link. Cost: one pass over the
 * document's link index per query, O(page) paragraphs.
 */
export async function loadFilteredRows(db: Tx, numbering: RowNumbering, filter: RowFilter, from: number, size: number): Promise<FilteredRows> {
  if (!numbering.aligned) return { rows: [], before: 0, previousFrom: null, nextFrom: null };
  const { documentId } = numbering;
  const rank = firstRankFrom(numbering, from);
  const [after, earlier, loose] = await Promise.all([
    matchingLinks(db, documentId, filter, rank, "from", size + 1),
    matchingLinks(db, documentId, filter, rank, "before", size),
    matchingLoose(db, numbering, filter),
  ]);
  const next = inRowOrder(numbering, after, loose.filter((p) => p.row >= from)).slice(0, size + 1);
  const previous = inRowOrder(numbering, earlier, loose.filter((p) => p.row < from)).slice(-size);
  const page = next.slice(0, size);
  // Fewer earlier links than a page: they are all of them, no count needed.
  const countBefore = async () =>
    (earlier.length < size ? earlier.length : await countMatchingLinks(db, documentId, filter, rank)) + loose.filter((p) => p.row < from).length;
  const [byLink, byLoose, before] = await Promise.all([
    linkRows(db, page.flatMap((m) => (m.link ? [m.link] : []))),
    looseRows(db, loose.filter((p) => page.some((m) => !m.link && m.row === p.row))),
    countBefore(),
  ]);
  const rows: NumberedRow[] = [];
  for (const match of page) {
    if (match.link) {
      rows.push({ ...byLink.get(match.link.id)!, row: match.row, link: { position: match.link.position, id: match.link.id } });
      continue;
    }
    const paragraph = loose.find((p) => p.row === match.row)!;
    const row = byLoose.get(`${paragraph.side}-${paragraph.id}`);
    if (row) rows.push({ ...row, row: match.row, link: null });
  }
  return {
    rows,
    before,
    previousFrom: previous.length ? previous[0].row : null,
    nextFrom: next.length > size ? next[size].row : null,
  };
}
