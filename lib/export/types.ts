import type { ParagraphKind } from "../text/paragraph-kind";
import type { DocumentMetadata } from "../documents/document-metadata";

/** Status of an English paragraph, least advanced first. */
export const STATUSES = ["machine", "draft", "reviewed"] as const;
export type ParagraphStatus = (typeof STATUSES)[number];

export interface ExportParagraph {
  id: number;
  position: number;
  kind: ParagraphKind;
  text: string;
}

export interface ExportEnglishParagraph extends ExportParagraph {
  origin: string;
  status: string;
}

/** One aligned row of a document as exported: a link, or a paragraph no link holds. */
export interface ExportRow {
  /** 0-based, in reading order within the document. */
  index: number;
  linkId: number | null;
  /** auto, manual, import, translate; null for a paragraph no link holds. */
  method: string | null;
  locked: boolean;
  score: number | null;
  /** The link's creation time (or its oldest paragraph's, for a row without link). */
  createdAt: Date;
  /** The latest change to the link or any of its paragraphs. */
  changedAt: Date;
  fr: ExportParagraph[];
  en: ExportEnglishParagraph[];
}

export interface ExportDocument extends DocumentMetadata {
  createdAt: Date;
  updatedAt: Date;
  /** Rows in reading order, read from the database in batches as they are consumed. */
  rows: AsyncIterable<ExportRow>;
}

export interface ExportContext {
  /** xml:lang of the French side, e.g. fr-FR: written exactly as given everywhere. */
  sourceLang: string;
  targetLang: string;
  /** A problem worth telling the user (a dropped character): the CLI prints it on stderr. */
  warn(message: string): void;
  /** CSV and TSV: write cells as stored, without neutralizing formulas (see formula-cells.ts). */
  rawValues?: boolean;
}

/** A writer turns documents into the chunks of one file, reading rows only as it goes. */
export type ExportWriter = (documents: AsyncIterable<ExportDocument>, context: ExportContext) => AsyncIterable<string>;

/** The least advanced status of a link's English paragraphs (machine < draft < reviewed). */
export function rowStatus(row: Pick<ExportRow, "en">): ParagraphStatus | null {
  if (!row.en.length) return null;
  let rank = STATUSES.length - 1;
  for (const p of row.en) {
    const r = STATUSES.indexOf(p.status as ParagraphStatus);
    rank = Math.min(rank, r < 0 ? 1 : r);
  }
  return STATUSES[rank];
}

/** "2:1": how many French and English paragraphs the row pairs. */
export const linkShape = (row: Pick<ExportRow, "fr" | "en">) => `${row.fr.length}:${row.en.length}`;
