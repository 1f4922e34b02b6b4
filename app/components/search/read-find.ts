import { getTranslations } from "next-intl/server";
import type { Db } from "@/lib/db/client";
import type { FullTextTerm } from "@/lib/db/dialect/types";
import type { ReaderVersion } from "@/lib/reader/reader-version";
import { findInDocument } from "@/lib/search/find-in-document";
import { parseSearchQuery, SearchQueryError } from "@/lib/search/query";
import type { FindState } from "./FindBar";

/**
 * The reader's `?find=…` for the window shown: what the find box says (null without a
 * find) and the terms to mark. A search too long to run is said in the box, in the
 * interface's language; the page shows as without it.
 */
export async function readFind(db: Db, version: ReaderVersion, text: string, window: { first: number; last: number }): Promise<{ state: FindState | null; terms: FullTextTerm[] }> {
  if (!text.trim()) return { state: null, terms: [] };
  try {
    const { query, ...found } = await findInDocument(db, version, parseSearchQuery(text, "find"), window);
    return { state: { text: query.text, ...found }, terms: query.terms };
  } catch (error) {
    if (!(error instanceof SearchQueryError)) throw error;
    const t = await getTranslations("Search");
    return { state: { text: text.trim(), count: 0, inWindow: [], previous: null, next: null, error: t(`errors.${error.reason}`, { limit: error.limit }) }, terms: [] };
  }
}
