import type { Db } from "../db/client";
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
}

/**
 * The library: every document, newest first (by publication date, then import date),
 * optionally only those whose French or English title contains `query` (case and
 * accents ignored).
 */
export async function listDocuments(db: Db, query?: string): Promise<DocumentSummary[]> {
  const documents = await db.document.findMany({
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      slug: true,
      titleFr: true,
      titleEn: true,
      source: true,
      publishedOn: true,
      _count: { select: { sourceParagraphs: true, targetParagraphs: true } },
    },
  });
  const needle = query ? foldForMatch(query) : "";
  const matching = needle
    ? documents.filter((d) => foldForMatch(`${d.titleFr} ${d.titleEn ?? ""}`).includes(needle))
    : documents;
  const ids = matching.map((d) => d.id);
  const [aligned, reviewed] = await Promise.all([
    db.sourceParagraph.groupBy({ by: ["documentId"], where: { documentId: { in: ids }, linkId: { not: null } }, _count: true }),
    db.targetParagraph.groupBy({ by: ["documentId"], where: { documentId: { in: ids }, status: "reviewed" }, _count: true }),
  ]);
  const countOf = (rows: { documentId: number; _count: number }[], id: number) =>
    rows.find((r) => r.documentId === id)?._count ?? 0;
  return matching.map((d) => ({
    slug: d.slug,
    titleFr: d.titleFr,
    titleEn: d.titleEn,
    source: d.source,
    publishedOn: d.publishedOn,
    frenchParagraphs: d._count.sourceParagraphs,
    englishParagraphs: d._count.targetParagraphs,
    alignedParagraphs: countOf(aligned, d.id),
    reviewedParagraphs: countOf(reviewed, d.id),
  }));
}
