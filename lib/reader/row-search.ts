import { LOW_CONFIDENCE } from "../align/confidence";
import type { Tx } from "../db/client";
import { Prisma } from "../db/sql";
import { linkRowsAt, type LinkKey } from "../documents/aligned-rows";
import { rowOfLink, windowShape, type RowNumbering } from "./row-outline";
import type { NumberedRow } from "./row-window";

/** What the reader can jump to from one window to another. */
export type RowMark = "check" | "flag";

type Direction = "after" | "before";

/** Links after (or before) `key` in the order of links, as a Prisma condition. */
const beyond = (key: LinkKey, direction: Direction) =>
  direction === "after"
    ? { OR: [{ position: { gt: key.position } }, { position: key.position, id: { gt: key.id } }] }
    : { OR: [{ position: { lt: key.position } }, { position: key.position, id: { lt: key.id } }] };

const order = (direction: Direction) =>
  direction === "after" ? [{ position: "asc" as const }, { id: "asc" as const }] : [{ position: "desc" as const }, { id: "desc" as const }];

/** The nearest low-confidence link beyond `key`: one indexed query on the document's links. */
async function nearestCheck(db: Tx, documentId: number, key: LinkKey, direction: Direction): Promise<LinkKey | null> {
  return db.alignmentLink.findFirst({
    where: { documentId, score: { lt: LOW_CONFIDENCE }, ...beyond(key, direction) },
    orderBy: order(direction),
    select: { position: true, id: true },
  });
}

/**
 * The nearest link beyond `key` that has a stored glossary flag (GlossaryFlag, kept fresh
 * by ensureDocumentFlags): the document's flags joined to their links.
 */
async function nearestFlag(db: Tx, documentId: number, key: LinkKey, direction: Direction): Promise<LinkKey | null> {
  const [beyond, order] = direction === "after" ? [Prisma.raw(">"), Prisma.raw("ASC")] : [Prisma.raw("<"), Prisma.raw("DESC")];
  const rows: { position: unknown; id: unknown }[] = await db.$queryRaw`SELECT l."position", l."id"
    FROM "GlossaryFlag" f JOIN "AlignmentLink" l ON l."id" = f."linkId"
    WHERE f."documentId" = ${documentId} AND (l."position" ${beyond} ${key.position} OR (l."position" = ${key.position} AND l."id" ${beyond} ${key.id}))
    ORDER BY l."position" ${order}, l."id" ${order} LIMIT 1`;
  return rows.length ? { position: Number(rows[0].position), id: Number(rows[0].id) } : null;
}

/**
 * The row number of the nearest marked row (low confidence, or glossary flag) after the
 * link `after` or before the link `before`; null when there is none. One query to find
 * the link, one index count to number it.
 */
export async function nearestMarkedRow(db: Tx, outline: RowNumbering, mark: RowMark, key: LinkKey, direction: Direction): Promise<number | null> {
  const find = mark === "check" ? nearestCheck : nearestFlag;
  const found = await find(db, outline.documentId, key, direction);
  return found ? rowOfLink(db, outline, found) : null;
}

/** The link just outside a window on one side, to search marked rows from; null when there is none. */
async function boundary(db: Tx, outline: RowNumbering, rows: NumberedRow[], side: "start" | "end"): Promise<LinkKey | null> {
  const links = rows.filter((r) => r.link);
  const inside = side === "start" ? links[0]?.link : links[links.length - 1]?.link;
  if (inside) return inside;
  // A window of loose paragraphs only: the links next to it.
  const shape = windowShape(outline, rows[0].row, rows[rows.length - 1].row);
  const offset = side === "start" ? shape.linkOffset : shape.linkOffset - 1;
  if (offset < 0) return null;
  const [link] = await linkRowsAt(db, outline.documentId, offset, 1, outline.empty.length > 0);
  return link ? { position: link.position, id: link.id } : null;
}

/**
 * The nearest marked rows before a window's rows and after them (row numbers, null when
 * there is none), for documents that have `count` such rows.
 */
export async function markNavigation(db: Tx, outline: RowNumbering, count: number, rows: NumberedRow[], mark: RowMark): Promise<{ previous: number | null; next: number | null }> {
  if (!outline.aligned || !count || !rows.length) return { previous: null, next: null };
  const [start, end] = await Promise.all([boundary(db, outline, rows, "start"), boundary(db, outline, rows, "end")]);
  const [previous, next] = await Promise.all([
    start ? nearestMarkedRow(db, outline, mark, start, "before") : null,
    // No link before or in the window: search from the document's start.
    nearestMarkedRow(db, outline, mark, end ?? { position: Number.MIN_SAFE_INTEGER, id: 0 }, "after"),
  ]);
  return { previous, next };
}
