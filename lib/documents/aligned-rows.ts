import { Prisma } from "../db/sql";
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

interface Dated {
  createdAt: Date;
  updatedAt: Date;
}

/** A row as streamAlignedRows gives it: with the times of the link and of each paragraph. */
export interface DatedAlignedRow extends AlignedRow {
  /** The link's times; null for a row without link. */
  linkCreatedAt: Date | null;
  linkUpdatedAt: Date | null;
  fr: (RowParagraph & Dated)[];
  en: (EnglishRowParagraph & Dated)[];
}

/** Links (and loose paragraphs) read per query by streamAlignedRows. */
export const ROW_BATCH_SIZE = 2000;

const PARAGRAPH = { id: true, position: true, kind: true, text: true, linkId: true, createdAt: true, updatedAt: true } as const;
const ENGLISH = { ...PARAGRAPH, origin: true, status: true, version: true } as const;

type Loaded<T> = T & { linkId: number | null; kind: string };

/** Pages through rows ordered by (position, id), `size` at a time. */
async function* pages<T extends { position: number; id: number }>(
  fetch: (after: { position: number; id: number } | null, take: number) => Promise<T[]>,
  size: number,
): AsyncGenerator<T[]> {
  let after: { position: number; id: number } | null = null;
  for (;;) {
    const page = await fetch(after, size);
    if (page.length) yield page;
    if (page.length < size) return;
    const last = page[page.length - 1];
    after = { position: last.position, id: last.id };
  }
}

const afterWhere = (after: { position: number; id: number } | null) =>
  after ? { OR: [{ position: { gt: after.position } }, { position: after.position, id: { gt: after.id } }] } : {};

/** Items one at a time from a paged source, with a look at the next one. */
class Peekable<T> {
  private buffer: T[] = [];
  private index = 0;
  private done = false;
  constructor(private readonly source: AsyncIterator<T[]>) {}
  async peek(): Promise<T | undefined> {
    while (this.index >= this.buffer.length && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else {
        this.buffer = next.value;
        this.index = 0;
      }
    }
    return this.index < this.buffer.length ? this.buffer[this.index] : undefined;
  }
  shift(): T {
    return this.buffer[this.index++];
  }
}

const strip = <T extends { linkId: number | null; kind: string }>({ linkId: _, ...p }: T) =>
  ({ ...p, kind: p.kind as ParagraphKind }) as Omit<T, "linkId"> & { kind: ParagraphKind };

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

interface RawParagraph {
  id: number;
  position: number;
  kind: string;
  text: string;
  linkId: number;
  createdAt: Date;
  updatedAt: Date;
  origin?: string;
  status?: string;
  version?: number;
}

/**
 * The paragraphs of one side held by the links whose position is in [first, last], in
 * position order. A join on the links' position range rather than a list of link ids (a
 * long IN list exceeds the database's limit on query parameters), and a raw query because
 * it reads rows about three times faster than the query builder, which matters for
 * exports of 100,000 links. Plain SQL with quoted identifiers: SQLite and PostgreSQL alike.
 * Paragraphs of links outside the batch that share a boundary position come along too;
 * the caller only asks for its own links' paragraphs. (No filter on p."documentId": a
 * link's paragraphs are its document's, and that filter makes SQLite scan the whole
 * document per batch instead of looking paragraphs up by link.)
 */
async function batchParagraphs(db: Tx, side: "fr" | "en", documentId: number, first: number, last: number) {
  const rows: RawParagraph[] =
    side === "fr"
      ? await db.$queryRaw`SELECT p."id", p."position", p."kind", p."text", p."linkId", p."createdAt", p."updatedAt"
          FROM "SourceParagraph" p JOIN "AlignmentLink" l ON l."id" = p."linkId"
          WHERE l."documentId" = ${documentId} AND l."position" BETWEEN ${first} AND ${last}
          ORDER BY p."position", p."id"`
      : await db.$queryRaw`SELECT p."id", p."position", p."kind", p."text", p."linkId", p."createdAt", p."updatedAt",
            p."origin", p."status", p."version"
          FROM "TargetParagraph" p JOIN "AlignmentLink" l ON l."id" = p."linkId"
          WHERE l."documentId" = ${documentId} AND l."position" BETWEEN ${first} AND ${last}
          ORDER BY p."position", p."id"`;
  // Converted in place: no second object per paragraph (100,000-link exports make garbage count).
  for (const r of rows) {
    r.id = Number(r.id);
    r.position = Number(r.position);
    r.linkId = Number(r.linkId);
    if (!(r.createdAt instanceof Date)) r.createdAt = new Date(r.createdAt);
    if (!(r.updatedAt instanceof Date)) r.updatedAt = new Date(r.updatedAt);
    if (side === "en") r.version = Number(r.version);
  }
  return rows;
}

/**
 * A document's rows in reading order, read in batches of `batchSize` links (and loose
 * paragraphs), so that memory stays flat however long the document: its links by
 * position, with every paragraph that belongs to no link placed as a one-sided row where
 * its position puts it. Each row carries the times of its link and paragraphs.
 */
export async function* streamAlignedRows(db: Tx, documentId: number, batchSize = ROW_BATCH_SIZE): AsyncGenerator<DatedAlignedRow> {
  const looseFr = new Peekable(
    pages(
      (after, take) =>
        db.sourceParagraph.findMany({
          where: { documentId, linkId: null, ...afterWhere(after) },
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: PARAGRAPH,
          take,
        }),
      batchSize,
    )[Symbol.asyncIterator](),
  );
  const looseEn = new Peekable(
    pages(
      (after, take) =>
        db.targetParagraph.findMany({
          where: { documentId, linkId: null, ...afterWhere(after) },
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: ENGLISH,
          take,
        }),
      batchSize,
    )[Symbol.asyncIterator](),
  );
  async function* looseSide(side: "fr" | "en", before: number): AsyncGenerator<DatedAlignedRow> {
    const queue = side === "fr" ? looseFr : looseEn;
    for (let p = await queue.peek(); p && p.position < before; p = await queue.peek()) {
      queue.shift();
      const paragraph = strip(p as Loaded<typeof p>);
      yield {
        linkId: null,
        score: null,
        method: null,
        locked: false,
        linkCreatedAt: null,
        linkUpdatedAt: null,
        fr: side === "fr" ? [paragraph] : [],
        en: side === "en" ? [paragraph as DatedAlignedRow["en"][number]] : [],
      };
    }
  }

  const linkPages = pages(
    (after, take) =>
      db.alignmentLink.findMany({
        where: { documentId, ...afterWhere(after) },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        take,
      }),
    batchSize,
  );
  for await (const links of linkPages) {
    const first = links[0].position;
    const last = links[links.length - 1].position;
    const [french, english] = await Promise.all([batchParagraphs(db, "fr", documentId, first, last), batchParagraphs(db, "en", documentId, first, last)]);
    const frByLink = groupByLink(french);
    const enByLink = groupByLink(english);
    for (const link of links) {
      const fr = frByLink.get(link.id) ?? [];
      const en = enByLink.get(link.id) ?? [];
      if (!fr.length && !en.length) continue;
      if (fr.length) yield* looseSide("fr", fr[0].position);
      if (en.length) yield* looseSide("en", en[0].position);
      yield {
        linkId: link.id,
        score: link.score,
        method: link.method,
        locked: link.locked,
        linkCreatedAt: link.createdAt,
        linkUpdatedAt: link.updatedAt,
        // The paragraphs as read (they also carry their linkId): no copy per row.
        fr: fr as DatedAlignedRow["fr"],
        en: en as DatedAlignedRow["en"],
      };
    }
  }
  yield* looseSide("fr", Infinity);
  yield* looseSide("en", Infinity);
}

const ROW_PARAGRAPH = { id: true, position: true, kind: true, text: true, linkId: true } as const;

/**
 * A document's rows in reading order: its links by position, with every paragraph that
 * belongs to no link placed as a one-sided row where its position puts it. Read whole, in
 * three queries keyed by document (no list of ids is bound, so any length stays within
 * the database's parameter limit): what the reader and the checks need. Exports of very
 * long documents use streamAlignedRows, which gives the same rows batch by batch.
 * Cost: O(paragraphs + links).
 */
export async function loadAlignedRows(db: Tx, documentId: number): Promise<AlignedRow[]> {
  const order = [{ position: "asc" as const }, { id: "asc" as const }];
  const [links, french, english] = await Promise.all([
    db.alignmentLink.findMany({ where: { documentId }, orderBy: order, select: { id: true, score: true, method: true, locked: true } }),
    db.sourceParagraph.findMany({ where: { documentId }, orderBy: order, select: ROW_PARAGRAPH }),
    db.targetParagraph.findMany({ where: { documentId }, orderBy: order, select: { ...ROW_PARAGRAPH, origin: true, status: true, version: true } }),
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

// ---------------------------------------------------------------------------------------
// Windowed reads: a few hundred rows of a document at a time, found by SQL (the reader of
// long documents). Rows are numbered from 1 in reading order: the links by (position, id),
// each paragraph no link holds placed before the link of the next linked paragraph of its
// side (French before English), those after the last link at the end: the order
// loadAlignedRows and streamAlignedRows give. Nothing here reads the whole document.

/** A link's place in the order of links. */
export interface LinkKey {
  position: number;
  id: number;
}

/** A paragraph no link holds, with where reading order puts it. */
export interface LooseParagraph {
  side: "fr" | "en";
  id: number;
  position: number;
  kind: ParagraphKind;
  /** Links (empty or not) that come before it: it stands just before the next one. */
  linksBefore: number;
}

const toNumber = (v: unknown) => Number(v);

/** How many links the document has (with or without paragraphs). */
export async function countLinks(db: Tx, documentId: number): Promise<number> {
  return db.alignmentLink.count({ where: { documentId } });
}

/** Links holding no paragraph at all (none in practice; rows skip them), in order. */
export async function emptyLinks(db: Tx, documentId: number): Promise<LinkKey[]> {
  const rows: LinkKey[] = await db.$queryRaw`SELECT l."position", l."id" FROM "AlignmentLink" l
    WHERE l."documentId" = ${documentId}
      AND NOT EXISTS (SELECT 1 FROM "SourceParagraph" s WHERE s."linkId" = l."id")
      AND NOT EXISTS (SELECT 1 FROM "TargetParagraph" t WHERE t."linkId" = l."id")
    ORDER BY l."position", l."id"`;
  return rows.map((r) => ({ position: toNumber(r.position), id: toNumber(r.id) }));
}

/** Links that come before `key` in the order of links (empty ones included): an index range count. */
export async function countLinksBefore(db: Tx, documentId: number, key: LinkKey): Promise<number> {
  return db.alignmentLink.count({ where: { documentId, OR: [{ position: { lt: key.position } }, { position: key.position, id: { lt: key.id } }] } });
}

/**
 * The paragraphs no link holds, in reading order, each with the number of links before
 * it. One query a side; the links are ranked (a window function, portable to PostgreSQL)
 * only when some paragraph is loose. Cost: a scan of the document's paragraph index, plus
 * O(links) when there are loose paragraphs.
 */
export async function looseParagraphs(db: Tx, documentId: number): Promise<LooseParagraph[]> {
  const [anyFr, anyEn] = await Promise.all([
    db.sourceParagraph.findFirst({ where: { documentId, linkId: null }, select: { id: true } }),
    db.targetParagraph.findFirst({ where: { documentId, linkId: null }, select: { id: true } }),
  ]);
  if (!anyFr && !anyEn) return [];
  const total = await countLinks(db, documentId);
  type Raw = { id: unknown; position: unknown; kind: string; linksBefore: unknown };
  const read = async (side: "fr" | "en"): Promise<LooseParagraph[]> => {
    const table = Prisma.raw(side === "fr" ? '"SourceParagraph"' : '"TargetParagraph"');
    const rows: Raw[] = await db.$queryRaw`WITH ranked AS (
        SELECT l."id", ROW_NUMBER() OVER (ORDER BY l."position", l."id") - 1 AS "rank"
        FROM "AlignmentLink" l WHERE l."documentId" = ${documentId})
      SELECT p."id", p."position", p."kind", r."rank" AS "linksBefore"
      FROM ${table} p LEFT JOIN ranked r ON r."id" = (
        SELECT s."linkId" FROM ${table} s
        WHERE s."documentId" = p."documentId" AND s."position" > p."position" AND s."linkId" IS NOT NULL
        ORDER BY s."position", s."id" LIMIT 1)
      WHERE p."documentId" = ${documentId} AND p."linkId" IS NULL`;
    return rows.map((r) => ({
      side,
      id: toNumber(r.id),
      position: toNumber(r.position),
      kind: r.kind as ParagraphKind,
      linksBefore: r.linksBefore === null ? total : toNumber(r.linksBefore),
    }));
  };
  const loose = [...(anyFr ? await read("fr") : []), ...(anyEn ? await read("en") : [])];
  const side = (p: LooseParagraph) => (p.side === "fr" ? 0 : 1);
  return loose.sort((a, b) => a.linksBefore - b.linksBefore || side(a) - side(b) || a.position - b.position || a.id - b.id);
}

const LINK_ROW = { id: true, position: true, score: true, method: true, locked: true } as const;

/**
 * `count` link rows from the `offset`-th link in order (0-based), with their paragraphs:
 * two index range scans and a join on the links' position range, whatever the offset.
 * With `skipEmpty`, links holding no paragraph are not counted (slower: every link before
 * the offset is probed), for documents that have such links.
 */
export async function linkRowsAt(db: Tx, documentId: number, offset: number, count: number, skipEmpty = false): Promise<(AlignedRow & LinkKey)[]> {
  if (count <= 0) return [];
  const links = skipEmpty
    ? await db.alignmentLink.findMany({
        where: { documentId, OR: [{ sourceParagraphs: { some: {} } }, { targetParagraphs: { some: {} } }] },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: LINK_ROW,
        skip: offset,
        take: count,
      })
    : await db.alignmentLink.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: LINK_ROW, skip: offset, take: count });
  if (!links.length) return [];
  const first = links[0].position;
  const last = links[links.length - 1].position;
  const [french, english] = await Promise.all([batchParagraphs(db, "fr", documentId, first, last), batchParagraphs(db, "en", documentId, first, last)]);
  const frByLink = groupByLink(french);
  const enByLink = groupByLink(english);
  return links.map((link) => ({
    ...link,
    linkId: link.id,
    fr: (frByLink.get(link.id) ?? []).map(frenchParagraph),
    en: (enByLink.get(link.id) ?? []).map(englishParagraph),
  }));
}

/** Paragraphs as rows carry them: without their link and times. */
const frenchParagraph = (p: RawParagraph): RowParagraph => ({ id: p.id, position: p.position, kind: p.kind as ParagraphKind, text: p.text });
const englishParagraph = (p: RawParagraph): EnglishRowParagraph => ({ ...frenchParagraph(p), origin: p.origin!, status: p.status!, version: p.version! });

/** The rows of loose paragraphs, by id (at most a window's worth: the caller bounds the list). */
export async function looseRows(db: Tx, loose: readonly LooseParagraph[]): Promise<Map<string, AlignedRow>> {
  const ids = (side: "fr" | "en") => loose.filter((p) => p.side === side).map((p) => p.id);
  const [french, english] = await Promise.all([
    ids("fr").length ? db.sourceParagraph.findMany({ where: { id: { in: ids("fr") } }, select: ROW_PARAGRAPH }) : [],
    ids("en").length ? db.targetParagraph.findMany({ where: { id: { in: ids("en") } }, select: { ...ROW_PARAGRAPH, origin: true, status: true, version: true } }) : [],
  ]);
  const rows = new Map<string, AlignedRow>();
  const lone = { linkId: null, score: null, method: null, locked: false } as const;
  for (const p of french) rows.set(`fr-${p.id}`, { ...lone, fr: [strip(p)], en: [] });
  for (const p of english) rows.set(`en-${p.id}`, { ...lone, fr: [], en: [strip(p)] });
  return rows;
}

/**
 * One side's paragraphs from the `offset`-th in position order: how a document with no link
 * yet is read, its two texts side by side.
 */
export async function paragraphsAt(db: Tx, side: "fr" | "en", documentId: number, offset: number, count: number): Promise<(RowParagraph | EnglishRowParagraph)[]> {
  const order = [{ position: "asc" as const }, { id: "asc" as const }];
  const list =
    side === "fr"
      ? await db.sourceParagraph.findMany({ where: { documentId }, orderBy: order, select: ROW_PARAGRAPH, skip: offset, take: count })
      : await db.targetParagraph.findMany({ where: { documentId }, orderBy: order, select: { ...ROW_PARAGRAPH, origin: true, status: true, version: true }, skip: offset, take: count });
  return list.map(strip);
}
