import { isLowConfidence } from "../align/confidence";
import type { Db } from "../db/client";
import { loadAlignedRows, type AlignedRow } from "../documents/aligned-rows";
import type { DocumentMetadata } from "../documents/document-metadata";
import type { GlossaryKind } from "../glossary/entry-schema";
import { checkRows } from "../glossary/check";
import { loadGlossaryTerms } from "../glossary/load-terms";
import type { GlossaryTerm, Lang } from "../glossary/matcher";
import type { ParagraphKind } from "../text/paragraph-kind";
import { glossaryIndexFor, type GlossaryIndex } from "./glossary-index";
import { segmentText, toParts, type TextPart } from "./segments";

/** A paragraph as the reader shows it: its stored text cut into plain and glossary runs. */
export interface ReaderParagraph {
  id: number;
  kind: ParagraphKind;
  /** The stored text, cut where glossary names are (see TextPart). */
  parts: TextPart[];
  /** English only: machine, draft or reviewed. */
  status?: string;
  /** English only: the version an edit is based on (optimistic concurrency). */
  version?: number;
}

/** A glossary name whose English form the English side of its pair lacks. */
export interface RowFlag {
  /** The name as written in the French text. */
  fr: string;
  /** The entry's English form. */
  expected: string;
}

/** One row of the reader: an alignment link (or a paragraph no link holds yet). */
export interface ReaderRow {
  /** Stable React key: the link's id, else the lone paragraph's side and id. */
  key: string;
  linkId: number | null;
  score: number | null;
  lowConfidence: boolean;
  locked: boolean;
  fr: ReaderParagraph[];
  en: ReaderParagraph[];
  /** Glossary consistency flags of this pair (lib/glossary/check.ts). */
  flags: RowFlag[];
}

/** What a glossary tooltip shows: one entry, both languages. */
export interface TooltipEntry {
  id: number;
  kind: GlossaryKind;
  fr: string;
  en: string;
  note: string | null;
}

export interface ReaderDocument extends DocumentMetadata {
  id: number;
  rows: ReaderRow[];
  /** The glossary entries named in this document, by id (each sent once, not per name). */
  glossary: Record<number, TooltipEntry>;
  /** Links whose confidence is below LOW_CONFIDENCE. */
  lowConfidenceLinks: number;
  /** Glossary consistency flags in the whole document. */
  glossaryFlags: number;
  /**
   * Whether any link exists. Until one does, `rows` is a single row holding the whole
   * French text and the whole English text.
   */
  aligned: boolean;
}

function toReaderRow(row: AlignedRow, glossary: GlossaryIndex, used: Set<number>, flags: RowFlag[]): ReaderRow {
  const paragraphs = (lang: Lang, list: AlignedRow["fr"] | AlignedRow["en"]): ReaderParagraph[] =>
    list.map((p) => {
      const matches = glossary.find(lang, p.text);
      for (const m of matches) used.add(m.entryId);
      const paragraph: ReaderParagraph = { id: p.id, kind: p.kind, parts: toParts(segmentText(p.text, matches)) };
      if ("status" in p) {
        paragraph.status = p.status;
        paragraph.version = p.version;
      }
      return paragraph;
    });
  const lone = row.fr[0] ? `fr-${row.fr[0].id}` : `en-${row.en[0]?.id}`;
  return {
    key: row.linkId !== null ? `link-${row.linkId}` : lone,
    linkId: row.linkId,
    score: row.score,
    lowConfidence: row.linkId !== null && isLowConfidence(row.score),
    locked: row.locked,
    fr: paragraphs("fr", row.fr),
    en: paragraphs("en", row.en),
    flags,
  };
}

/**
 * Before the aligner has run, a row per paragraph would pair every French paragraph with
 * an empty cell, then every English one: the reader shows instead the two texts whole,
 * side by side in one row, each in its own order.
 */
function wholeTexts(rows: AlignedRow[]): AlignedRow[] {
  if (!rows.length) return rows;
  return [{ linkId: null, score: null, method: null, locked: false, fr: rows.flatMap((r) => r.fr), en: rows.flatMap((r) => r.en) }];
}

const tooltipEntry = (t: GlossaryTerm): TooltipEntry => ({ id: t.id, kind: t.kind, fr: t.fr, en: t.en, note: t.note ?? null });

/**
 * Everything the reader page shows for one document, or null when no document has this
 * slug. Glossary names are found on the server (GlossaryMatcher offsets into the stored
 * text), so both columns arrive marked and nothing moves after the first paint.
 */
export async function loadReaderDocument(db: Db, slug: string): Promise<ReaderDocument | null> {
  const document = await db.document.findUnique({
    where: { slug },
    select: { id: true, slug: true, titleFr: true, titleEn: true, source: true, dateline: true, publishedOn: true },
  });
  if (!document) return null;
  const [aligned, terms] = await Promise.all([loadAlignedRows(db, document.id), loadGlossaryTerms(db)]);
  const index = glossaryIndexFor(terms);
  const used = new Set<number>();
  const linked = aligned.some((r) => r.linkId !== null);
  const flagsByLink = new Map<number, RowFlag[]>();
  for (const flag of linked ? checkRows(document, aligned, terms, (lang, text) => index.find(lang, text)) : []) {
    flagsByLink.set(flag.linkId, [...(flagsByLink.get(flag.linkId) ?? []), { fr: flag.fr, expected: flag.expected }]);
  }
  const rows = (linked ? aligned : wholeTexts(aligned)).map((row) =>
    toReaderRow(row, index, used, (row.linkId !== null && flagsByLink.get(row.linkId)) || []),
  );
  const glossary: Record<number, TooltipEntry> = {};
  for (const term of terms) if (used.has(term.id)) glossary[term.id] = tooltipEntry(term);
  return {
    ...document,
    rows,
    glossary,
    lowConfidenceLinks: rows.filter((r) => r.lowConfidence).length,
    glossaryFlags: rows.reduce((n, r) => n + r.flags.length, 0),
    aligned: linked,
  };
}
