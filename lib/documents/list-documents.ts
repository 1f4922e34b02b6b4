import type { Db } from "../db/client";
import { countFlags } from "../glossary/stored-flags";
import { foldForMatch } from "../text/normalize";

export interface DocumentSummary {
  slug: string;
  titleFr: string;
  titleEn: string | null;
  source: string | null;
  publishedOn: string | null;
  frenchParagraphs: number;
  englishParagraphs: number;
  /** French paragraphs that belong to an alignment link. */
  alignedParagraphs: number;
  /** English paragraphs a person marked as reviewed. */
  reviewedParagraphs: number;
  /** Stored glossary consistency flags (lib/glossary/stored-flags.ts). */
  glossaryFlags: number;
  /** Rows the reader shows (lib/reader/row-outline.ts): one per link holding a paragraph, one per paragraph no link holds; before any link, the longer side's paragraphs. */
  rows: number;
}

export const LIBRARY_SORTS = ["newest", "title"] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];
export const LIBRARY_PAGE_SIZE = 50;

export interface LibraryQuery {
  /** Matched against both titles, ignoring case and accents. */
  query?: string;
  sort?: LibrarySort;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface LibraryPage {
  documents: DocumentSummary[];
  /** Documents matching the query, all pages. */
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

const ORDER = {
  // Newest first: by publication date (undated last), then import date.
  newest: [{ publishedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
  title: [{ titleKey: "asc" }, { id: "asc" }],
} as const;

const countsBy = (rows: { documentId: number; _count: number }[]) => new Map(rows.map((r) => [r.documentId, r._count]));

/**
 * One page of the library. The page's documents come from one ordered, filtered query
 * (the titles' folded key makes the search and the title order SQL); the counts shown on
 * each card (paragraphs, aligned, reviewed, glossary flags) are SQL aggregates over the
 * page's 50 documents, never rows loaded and counted here.
 */
export async function listDocuments(db: Db, options: LibraryQuery = {}): Promise<LibraryPage> {
  const needle = options.query ? foldForMatch(options.query) : "";
  const where = needle ? { titleKey: { contains: needle } } : {};
  const pageSize = options.pageSize ?? LIBRARY_PAGE_SIZE;
  const total = await db.document.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pages);
  const documents = await db.document.findMany({
    where,
    orderBy: [...ORDER[options.sort ?? "newest"]],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, slug: true, titleFr: true, titleEn: true, source: true, publishedOn: true },
  });
  const ids = documents.map((d) => d.id);
  const [french, english, aligned, reviewed, flags, links, emptyLinks, alignedEnglish] = await Promise.all([
    db.sourceParagraph.groupBy({ by: ["documentId"], where: { documentId: { in: ids } }, _count: true }),
    db.targetParagraph.groupBy({ by: ["documentId"], where: { documentId: { in: ids } }, _count: true }),
    db.sourceParagraph.groupBy({ by: ["documentId"], where: { documentId: { in: ids }, linkId: { not: null } }, _count: true }),
    db.targetParagraph.groupBy({ by: ["documentId"], where: { documentId: { in: ids }, status: "reviewed" }, _count: true }),
    countFlags(db, ids),
    db.alignmentLink.groupBy({ by: ["documentId"], where: { documentId: { in: ids } }, _count: true }),
    db.alignmentLink.groupBy({ by: ["documentId"], where: { documentId: { in: ids }, sourceParagraphs: { none: {} }, targetParagraphs: { none: {} } }, _count: true }),
    db.targetParagraph.groupBy({ by: ["documentId"], where: { documentId: { in: ids }, linkId: { not: null } }, _count: true }),
  ]).then(([f, e, a, r, g, l, el, ae]) => [countsBy(f), countsBy(e), countsBy(a), countsBy(r), g, countsBy(l), countsBy(el), countsBy(ae)] as const);
  /** As the reader numbers rows (loadRowOutline). */
  const rowsOf = (id: number) => {
    const [fr, en, linked] = [french.get(id) ?? 0, english.get(id) ?? 0, links.get(id) ?? 0];
    if (!linked) return Math.max(fr, en);
    return linked - (emptyLinks.get(id) ?? 0) + (fr - (aligned.get(id) ?? 0)) + (en - (alignedEnglish.get(id) ?? 0));
  };
  return {
    total,
    page,
    pages,
    pageSize,
    documents: documents.map(({ id, ...d }) => ({
      ...d,
      frenchParagraphs: french.get(id) ?? 0,
      englishParagraphs: english.get(id) ?? 0,
      alignedParagraphs: aligned.get(id) ?? 0,
      reviewedParagraphs: reviewed.get(id) ?? 0,
      glossaryFlags: flags.get(id) ?? 0,
      rows: rowsOf(id),
    })),
  };
}
