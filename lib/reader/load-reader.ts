import { isLowConfidence } from "../align/confidence";
import type { Db } from "../db/client";
import type { AlignedRow } from "../documents/aligned-rows";
import type { DocumentMetadata } from "../documents/document-metadata";
import { checkRows } from "../glossary/check";
import type { GlossaryKind } from "../glossary/entry-schema";
import type { GlossaryTerm, Lang } from "../glossary/matcher";
import type { ParagraphKind } from "../text/paragraph-kind";
import { ensureDocumentFlags } from "../glossary/stored-flags";
import { readerGlossary, type ReaderGlossary } from "./glossary-index";
import { glossaryVersionOf, readReaderVersion, type ReaderVersion } from "./reader-version";
import { loadRowOutline, rowsOfParagraphs, type RowOutline, type TocEntry } from "./row-outline";
import { lastAlignmentChange } from "../editing/edit-alignment";
import { reviewStateOf, type ReviewState } from "./review-state";
import { countFilteredRows, loadFilteredRows, ROW_FILTERS, type RowFilter } from "./row-filter";
import { markNavigation } from "./row-search";
import { loadRowWindow, type NumberedRow } from "./row-window";
import { WINDOW_SIZE, windowStart } from "./windows";
import { segmentText, toParts, type TextPart } from "./segments";
import { sentenceLinksFor } from "../align/sentences/sentence-store";
import { sentenceMarksOf, type LinkSentenceMarks, type SentenceMark } from "./sentence-marks";
import { VersionedCache } from "./versioned-cache";

/** A paragraph as the reader shows it: its stored text cut into plain and glossary runs. */
export interface ReaderParagraph {
  id: number;
  kind: ParagraphKind;
  /** The stored text, cut where glossary names are (see TextPart). */
  parts: TextPart[];
  /** English only: machine, draft or reviewed. */
  status?: string;
  /** English only: where it stands for a reviewer (from its origin and status). */
  review?: ReviewState;
  /** English only: the version an edit is based on (optimistic concurrency). */
  version?: number;
  /**
   * Its sentences, with their pairing in the row (sentence-marks.ts): the sentences of
   * both columns of a row with the same pairing are counterparts. Absent when unknown
   * (a paragraph no link holds).
   */
  sentences?: SentenceMark[];
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
  /** The row's number in the whole document, from 1 (the #row-N anchor). */
  row: number;
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
  /** The English note and the French one: each interface shows its own. */
  note: string | null;
  noteFr: string | null;
}

/** Rows of one kind worth a look (low confidence, glossary flag) across the document. */
export interface MarkNavigation {
  /** How many the whole document has. */
  count: number;
  /** The nearest such row before this window, and after it (row numbers). */
  previous: number | null;
  next: number | null;
}

/** A page of a filtered view (see row-filter.ts): where it stands among the matching rows. */
export interface FilteredView {
  filter: RowFilter;
  /** The row the page lists matches from. */
  from: number;
  /** Matching rows before this page, and in all. */
  before: number;
  total: number;
  /** Where the previous and next pages start (null when there is none). */
  previousFrom: number | null;
  nextFrom: number | null;
}

/** How far the review of a document's English has come. */
export interface ReviewProgress {
  /** English paragraphs, and those a person marked reviewed. */
  english: number;
  reviewed: number;
}

/** The alignment edit "undo" would take back: what it was and the rows it made now. */
export interface AlignmentChangeNote {
  action: string;
  /** When it was made (ISO 8601). */
  at: string;
  /** The rows of the whole document that hold what it made, in order (empty: unknown). */
  rows: number[];
}

export interface ReaderWindow {
  /** First and last row shown, and how many rows the document has. */
  first: number;
  last: number;
  size: number;
  rows: ReaderRow[];
  /** The glossary entries named in this window, by id (each sent once, not per name). */
  glossary: Record<number, TooltipEntry>;
  checks: Omit<MarkNavigation, "count">;
  flags: Omit<MarkNavigation, "count">;
  /** Set when the page lists only the rows a filter matches (their numbers are the document's). */
  filtered?: FilteredView;
}

/** What a reader page shows: the document's description and counts, and one window of rows. */
export interface ReaderPage extends DocumentMetadata {
  id: number;
  /** Whether any link exists. Until one does, a window is one row holding both texts' paragraphs. */
  aligned: boolean;
  /** Whether the document has any English paragraph. */
  hasEnglish: boolean;
  totalRows: number;
  /** Headings of the whole document with their rows. */
  toc: TocEntry[];
  window: ReaderWindow;
  checks: MarkNavigation;
  flags: MarkNavigation;
  review: ReviewProgress;
  /** How many rows each filter lists. */
  filterCounts: Record<RowFilter, number>;
  /** The alignment edit "undo" would take back; null when there is nothing to undo. */
  lastChange: AlignmentChangeNote | null;
}

/**
 * Which rows a page asks for: the window starting at `from`, or the one holding `row`; with
 * a filter, the matching rows from row `from` on.
 */
export interface RowRequest {
  from?: number;
  row?: number;
  filter?: RowFilter;
}

function toReaderRow(row: NumberedRow, glossary: ReaderGlossary, used: Set<number>, flags: RowFlag[], sentences?: LinkSentenceMarks): ReaderRow {
  const paragraphs = (lang: Lang, list: AlignedRow["fr"] | AlignedRow["en"]): ReaderParagraph[] =>
    list.map((p) => {
      const matches = glossary.index.find(lang, p.text);
      for (const m of matches) used.add(m.entryId);
      const paragraph: ReaderParagraph = { id: p.id, kind: p.kind, parts: toParts(segmentText(p.text, matches)) };
      const marks = sentences?.[lang].get(p.id);
      if (marks?.length) paragraph.sentences = marks;
      if ("status" in p) {
        paragraph.status = p.status;
        paragraph.review = reviewStateOf(p);
        paragraph.version = p.version;
      }
      return paragraph;
    });
  const lone = row.fr[0] ? `fr-${row.fr[0].id}` : `en-${row.en[0]?.id}`;
  return {
    key: row.linkId !== null ? `link-${row.linkId}` : lone,
    row: row.row,
    linkId: row.linkId,
    score: row.score,
    lowConfidence: row.linkId !== null && isLowConfidence(row.score),
    locked: row.locked,
    fr: paragraphs("fr", row.fr),
    en: paragraphs("en", row.en),
    flags,
  };
}

const tooltipEntry = (t: GlossaryTerm): TooltipEntry => ({ id: t.id, kind: t.kind, fr: t.fr, en: t.en, note: t.note ?? null, noteFr: t.noteFr ?? null });

/** A document at one version: what every window of it shares. */
interface DocumentState extends DocumentMetadata {
  id: number;
  hasEnglish: boolean;
  outline: RowOutline;
  flagCount: number;
  review: ReviewProgress;
  filterCounts: Record<RowFilter, number>;
  lastChange: AlignmentChangeNote | null;
}

/** How long a page waits for a document's stale glossary flags to be checked again. */
export const FLAG_CHECK_WAIT_MS = 1_000;

/**
 * Brings a document's stored glossary flags up to date (every write to it makes them
 * stale), waiting at most FLAG_CHECK_WAIT_MS: a short document is re-checked in time and
 * its counts are exact; a very long one is shown at once with the counts stored before,
 * and the check goes on. Its end moves the document's update time, so the next request
 * reads the fresh counts. The rows' own flags are always computed on the text shown.
 */
async function freshFlagsOrLater(db: Db, documentId: number): Promise<void> {
  const check = ensureDocumentFlags(db, documentId).catch((error: unknown) => console.error(`glossary check of document ${documentId} failed:`, error));
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([check, new Promise((resolve) => (timer = setTimeout(resolve, FLAG_CHECK_WAIT_MS)))]);
  clearTimeout(timer);
}

/** The last alignment edit not undone, with the rows it made as they are numbered now. */
async function changeNote(db: Db, outline: RowOutline): Promise<AlignmentChangeNote | null> {
  const last = await lastAlignmentChange(db, outline.documentId);
  if (!last) return null;
  const rows = outline.aligned ? await rowsOfParagraphs(db, outline, last.made) : [];
  return { action: last.action, at: last.createdAt.toISOString(), rows: [...new Set(rows)].sort((a, b) => a - b) };
}

async function loadDocumentState(db: Db, id: number): Promise<DocumentState> {
  const [document, outline, english, reviewed] = await Promise.all([
    db.document.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, titleFr: true, titleEn: true, source: true, dateline: true, publishedOn: true } }),
    loadRowOutline(db, id),
    db.targetParagraph.count({ where: { documentId: id } }),
    db.targetParagraph.count({ where: { documentId: id, status: "reviewed" } }),
  ]);
  let flagCount = 0;
  if (outline.aligned) {
    await freshFlagsOrLater(db, id);
    flagCount = await db.glossaryFlag.count({ where: { documentId: id } });
  }
  const [counts, lastChange] = await Promise.all([Promise.all(ROW_FILTERS.map((f) => countFilteredRows(db, outline, f))), changeNote(db, outline)]);
  const filterCounts = Object.fromEntries(ROW_FILTERS.map((f, i) => [f, counts[i]])) as Record<RowFilter, number>;
  return { ...document, hasEnglish: english > 0, outline, flagCount, review: { english, reviewed }, filterCounts, lastChange };
}

/**
 * The sentence marks of a window's links. What is missing or stale is computed here (a
 * fraction of a millisecond a link) and stored in the background (`store: "background"`):
 * a page render never waits for the database's write lock, and the next render of another
 * version reads the stored pairings. The marks are kept with the window in the
 * VersionedCache for as long as the document and glossary are unchanged.
 */
async function windowSentences(db: Db, numbered: NumberedRow[]): Promise<Map<number, LinkSentenceMarks>> {
  const ids = numbered.flatMap((row) => (row.linkId !== null ? [row.linkId] : []));
  const links = await sentenceLinksFor(db, ids, { store: "background" });
  return new Map([...links].map(([id, link]) => [id, sentenceMarksOf(link)]));
}

/** A window of rows as the page shows them: glossary names found, flags checked, marked rows around it. */
async function toWindow(db: Db, state: DocumentState, glossary: ReaderGlossary, numbered: NumberedRow[], first: number, last: number): Promise<ReaderWindow> {
  const { outline } = state;
  const used = new Set<number>();
  const flagsByLink = new Map<number, RowFlag[]>();
  if (outline.aligned) {
    // The window's own flags, computed on its rows: cheap, and always those of the text shown.
    for (const flag of checkRows(state, numbered, glossary.terms, (lang, text) => glossary.index.find(lang, text))) {
      flagsByLink.set(flag.linkId, [...(flagsByLink.get(flag.linkId) ?? []), { fr: flag.fr, expected: flag.expected }]);
    }
  }
  const sentences = await windowSentences(db, numbered);
  const rows = numbered.map((row) =>
    toReaderRow(row, glossary, used, (row.linkId !== null && flagsByLink.get(row.linkId)) || [], row.linkId !== null ? sentences.get(row.linkId) : undefined),
  );
  const entries: Record<number, TooltipEntry> = {};
  for (const term of glossary.terms) if (used.has(term.id)) entries[term.id] = tooltipEntry(term);
  const [checks, flags] = await Promise.all([
    markNavigation(db, outline, outline.lowConfidence, numbered, "check"),
    markNavigation(db, outline, state.flagCount, numbered, "flag"),
  ]);
  return { first, last, size: WINDOW_SIZE, rows, glossary: entries, checks, flags };
}

async function loadWindow(db: Db, state: DocumentState, glossary: ReaderGlossary, first: number): Promise<ReaderWindow> {
  const last = Math.min(first + WINDOW_SIZE - 1, state.outline.totalRows);
  return toWindow(db, state, glossary, await loadRowWindow(db, state.outline, first, last), first, last);
}

/** A page of the rows a filter lists, from row `from` on, WINDOW_SIZE at most. */
async function loadFilteredWindow(db: Db, state: DocumentState, glossary: ReaderGlossary, filter: RowFilter, from: number): Promise<ReaderWindow> {
  const page = await loadFilteredRows(db, state.outline, filter, from, WINDOW_SIZE);
  const last = page.rows.length ? page.rows[page.rows.length - 1].row : from;
  const window = await toWindow(db, state, glossary, page.rows, from, last);
  const { rows: _, ...where } = page;
  return { ...window, filtered: { filter, from, total: state.filterCounts[filter], ...where } };
}

// Entries are keyed by every version a page depends on (see VersionedCache): a document's
// state per version, and its windows (a few hundred rows each) per version and start.
const states = new VersionedCache<DocumentState>(64);
const windows = new VersionedCache<ReaderWindow>(96);

/** The metadata of a document at a version (for page titles), from the same cache as its pages. */
export async function loadReaderMetadata(db: Db, version: ReaderVersion): Promise<DocumentMetadata> {
  return states.get(version.key, () => loadDocumentState(db, version.documentId));
}

/**
 * One window of a document as the reader shows it, at the version read by
 * readReaderVersion. Glossary names are found on the server (GlossaryMatcher offsets into
 * the stored text), so both columns arrive marked and nothing moves after the first paint.
 *
 * Everything is computed once per version of what the page shows and kept (VersionedCache):
 * a request costs one indexed read, the version, and every write, from any process, shows
 * at the next request.
 */
export async function loadReaderPage(db: Db, version: ReaderVersion, request: RowRequest = {}): Promise<ReaderPage> {
  const [state, glossary] = await Promise.all([states.get(version.key, () => loadDocumentState(db, version.documentId)), readerGlossary(db, glossaryVersionOf(version))]);
  const { outline } = state;
  const { filter } = request;
  let window: ReaderWindow;
  if (filter && outline.aligned) {
    const from = Math.min(Math.max(request.from ?? 1, 1), Math.max(outline.totalRows, 1));
    window = await windows.get(`${version.key}:${filter}:${from}`, () => loadFilteredWindow(db, state, glossary, filter, from));
  } else {
    const first = Math.min(windowStart(request.row ?? request.from ?? 1), windowStart(outline.totalRows));
    window = await windows.get(`${version.key}:${first}`, () => loadWindow(db, state, glossary, first));
  }
  const { outline: _, flagCount, ...metadata } = state;
  return {
    ...metadata,
    aligned: outline.aligned,
    totalRows: outline.totalRows,
    toc: outline.toc,
    window,
    checks: { count: outline.lowConfidence, ...window.checks },
    flags: { count: flagCount, ...window.flags },
  };
}

/** A document's window by slug (one more query than loadReaderPage), or null when there is no such document. */
export async function loadReaderPageBySlug(db: Db, slug: string, request: RowRequest = {}): Promise<ReaderPage | null> {
  const version = await readReaderVersion(db, slug);
  return version && loadReaderPage(db, version, request);
}
