import type { Db } from "../db/client";
import { streamAlignedRows, type DatedAlignedRow } from "../documents/aligned-rows";
import { listArchivedParagraphs } from "../documents/archived";
import { documentIdBySlug } from "../documents/find-document";
import type { ExportDocument, ExportRow } from "./types";

export interface ExportSelection {
  /** One document by slug; without it, every document (`--all`), oldest first. */
  slug?: string;
  /** "reviewed": only links whose English paragraphs are all reviewed. */
  status?: "reviewed";
  /** Called for every row read (before the --status filter): drives a progress bar. */
  onRow?: () => void;
  /** Called for every row exported (after the --status filter): the count the CLI reports. */
  onExport?: () => void;
}

const latest = (dates: Date[]) => dates.reduce((a, b) => (b > a ? b : a));
const earliest = (dates: Date[]) => dates.reduce((a, b) => (b < a ? b : a));

function toExportRow(row: DatedAlignedRow, index: number): ExportRow {
  const paragraphs = [...row.fr, ...row.en];
  return {
    index,
    linkId: row.linkId,
    method: row.method,
    locked: row.locked,
    score: row.score,
    createdAt: row.linkCreatedAt ?? earliest(paragraphs.map((p) => p.createdAt)),
    changedAt: latest([...(row.linkUpdatedAt ? [row.linkUpdatedAt] : []), ...paragraphs.map((p) => p.updatedAt)]),
    // The row's own paragraph objects (they carry a few more fields): no copy per row.
    fr: row.fr,
    en: row.en,
  };
}

const isReviewed = (row: DatedAlignedRow) => row.en.length > 0 && row.en.every((p) => p.status === "reviewed");

async function* exportRows(db: Db, documentId: number, selection: ExportSelection): AsyncGenerator<ExportRow> {
  let index = 0;
  for await (const row of streamAlignedRows(db, documentId)) {
    selection.onRow?.();
    if (selection.status === "reviewed" && !isReviewed(row)) continue;
    selection.onExport?.();
    yield toExportRow(row, index++);
  }
}

/** Fails with documentNotFound before any output when the slug names no document. */
export async function checkSelection(db: Db, selection: ExportSelection): Promise<void> {
  if (selection.slug === undefined) return;
  await documentIdBySlug(db, selection.slug);
}

/** The selected documents, each with its rows read lazily from the database. */
export async function* exportDocuments(db: Db, selection: ExportSelection): AsyncGenerator<ExportDocument> {
  const where = selection.slug === undefined ? {} : { slug: selection.slug };
  // Documents are few; their rows are what is streamed.
  const documents = await db.document.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  for (const doc of documents) {
    yield {
      slug: doc.slug,
      titleFr: doc.titleFr,
      titleEn: doc.titleEn,
      source: doc.source,
      dateline: doc.dateline,
      publishedOn: doc.publishedOn,
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
      rows: exportRows(db, doc.id, selection),
      archived: () => listArchivedParagraphs(db, doc.id),
    };
  }
}

/** How many rows the selection reads at most (links and loose paragraphs): a progress bar's total. */
export async function countRows(db: Db, selection: ExportSelection): Promise<number> {
  const document = selection.slug === undefined ? {} : { document: { slug: selection.slug } };
  const [links, looseFr, looseEn] = await Promise.all([
    db.alignmentLink.count({ where: document }),
    db.sourceParagraph.count({ where: { ...document, linkId: null } }),
    db.targetParagraph.count({ where: { ...document, linkId: null } }),
  ]);
  return links + looseFr + looseEn;
}
