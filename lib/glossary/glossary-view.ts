import type { Db } from "../db/client";
import { frenchTitlesBySlug } from "../documents/titles";
import { countCandidates, listCandidates, type StoredCandidate } from "./candidates";
import { listGlossaryPage, type GlossaryPage } from "./entries";
import type { GlossaryKind } from "./kinds";
import { countStaleDocuments, listFlags, refreshFlagsInBackground, type StoredFlag } from "./stored-flags";

/** Candidates and flags shown per page of their own. */
export const SECTION_PAGE_SIZE = 50;

export interface GlossaryViewQuery {
  /** Search in the entries, and their kind. */
  q: string;
  kind?: GlossaryKind;
  /** Page numbers, from 1: of the entries, of the candidates, of the flags. */
  page: number;
  candidatePage: number;
  flagPage: number;
}

/** Everything the glossary page shows, each list one page of it. */
export interface GlossaryView {
  entries: GlossaryPage;
  candidates: { list: StoredCandidate[]; total: number; pages: number };
  flags: { list: StoredFlag[]; total: number; pages: number };
  /** French titles of the documents the candidates and flags name, by slug. */
  titles: Record<string, string>;
}

const section = (page: number) => ({ skip: (page - 1) * SECTION_PAGE_SIZE, take: SECTION_PAGE_SIZE });
const pagesOf = (total: number) => Math.ceil(total / SECTION_PAGE_SIZE);

/**
 * The glossary page's content. Flags and "occurs in" come from stored checks: documents
 * changed since are checked in the background, and show at a later visit.
 */
export async function loadGlossaryView(db: Db, query: GlossaryViewQuery): Promise<GlossaryView> {
  if (await countStaleDocuments(db)) refreshFlagsInBackground(db);
  const [entries, candidates, candidateCount, flags] = await Promise.all([
    listGlossaryPage(db, { q: query.q, kind: query.kind, page: query.page }),
    listCandidates(db, "pending", section(query.candidatePage)),
    countCandidates(db),
    listFlags(db, section(query.flagPage)),
  ]);
  const titles = await frenchTitlesBySlug(db, [...candidates.flatMap((c) => c.documents), ...flags.flags.map((f) => f.doc)]);
  return {
    entries,
    candidates: { list: candidates, total: candidateCount, pages: pagesOf(candidateCount) },
    flags: { list: flags.flags, total: flags.total, pages: pagesOf(flags.total) },
    titles: Object.fromEntries(titles),
  };
}
