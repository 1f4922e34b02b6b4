import type { Db } from "../db/client";
import type { FullTextTerm } from "../db/dialect/types";
import { paragraphsAt } from "../documents/aligned-rows";
import type { ParagraphKind } from "../text/paragraph-kind";
import type { RowMatch } from "./document-matches";
import { excerptRange, findSpans, type Span } from "./highlight";

/** A paragraph of a search result, with the terms' occurrences marked. */
export interface FoundParagraph {
  id: number;
  kind: ParagraphKind;
  /** The stored text, or the excerpt of it a result shows (see excerptRange). */
  text: string;
  /** Where `text` starts in the stored text, and the stored text's length. */
  start: number;
  length: number;
  /** The terms' occurrences in `text`, as offsets into the stored text (not into `text`). */
  marks: Span[];
}

/** A row's paragraphs, each side in reading order. */
export interface FoundRow {
  fr: FoundParagraph[];
  en: FoundParagraph[];
}

type Stored = { id: number; kind: string; text: string; position: number; linkId: number | null };

/** A stored paragraph as a result shows it: its terms marked, a long one cut around the first. */
function foundParagraph(p: Stored, terms: readonly FullTextTerm[]): FoundParagraph {
  const spans = findSpans(p.text, terms);
  const [start, end] = excerptRange(p.text, spans);
  return {
    id: p.id,
    kind: p.kind as ParagraphKind,
    text: p.text.slice(start, end),
    start,
    length: p.text.length,
    marks: spans.filter(([s, e]) => s >= start && e <= end),
  };
}

const SELECT = { id: true, kind: true, text: true, position: true, linkId: true } as const;
const byPosition = (a: Stored, b: Stored) => a.position - b.position || a.id - b.id;

/** A matched row to show, with its document. */
export interface RowToShow {
  documentId: number;
  /** Whether the document has links; if not, row N is the N-th paragraph of each side. */
  aligned: boolean;
  match: RowMatch;
}

/**
 * The paragraphs of matched rows, marked: a link's on both sides, a lone paragraph alone,
 * and for a document not aligned yet the N-th paragraph of each side. Two queries for all
 * linked and lone rows; one per side and row of a document not aligned yet (a page holds
 * a few dozen rows at most).
 */
export async function loadFoundRows(db: Db, rows: readonly RowToShow[], terms: readonly FullTextTerm[]): Promise<FoundRow[]> {
  const mark = (list: Stored[]) => list.sort(byPosition).map((p) => foundParagraph(p, terms));
  const linked = rows.filter((r) => r.aligned).map((r) => r.match);
  const linkIds = linked.flatMap((m) => (m.linkId === null ? [] : [m.linkId]));
  const loneIds = (side: "fr" | "en") => linked.flatMap((m) => (m.linkId === null && m[side] !== null ? [m[side]!] : []));
  // Only the lists that hold something: an OR with an empty branch makes SQLite scan the table.
  const where = (side: "fr" | "en") => {
    const branches = [...(linkIds.length ? [{ linkId: { in: linkIds } }] : []), ...(loneIds(side).length ? [{ id: { in: loneIds(side) } }] : [])];
    return branches.length === 1 ? branches[0] : { OR: branches };
  };
  const [french, english] = linked.length
    ? await Promise.all([db.sourceParagraph.findMany({ where: where("fr"), select: SELECT }), db.targetParagraph.findMany({ where: where("en"), select: SELECT })])
    : [[], []];
  const of = (list: Stored[], m: RowMatch, side: "fr" | "en") => list.filter((p) => (m.linkId !== null ? p.linkId === m.linkId : p.id === m[side]));
  return Promise.all(
    rows.map(async ({ documentId, aligned, match }) => {
      if (aligned) return { fr: mark(of(french, match, "fr")), en: mark(of(english, match, "en")) };
      const [fr, en] = await Promise.all([paragraphsAt(db, "fr", documentId, match.row - 1, 1), paragraphsAt(db, "en", documentId, match.row - 1, 1)]);
      return { fr: mark(fr.map((p) => ({ ...p, linkId: null }))), en: mark(en.map((p) => ({ ...p, linkId: null }))) };
    }),
  );
}
