"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { FullTextTerm } from "@/lib/db/dialect/types";
import { partsText, type TextPart } from "@/lib/reader/segments";
import { findSpans, type Span } from "@/lib/search/highlight";

const FindTerms = createContext<readonly FullTextTerm[]>([]);

/**
 * The reader's find (`?find=…`): the terms whose occurrences the paragraphs below mark,
 * in both columns. A context, so that the rows themselves take no new prop.
 */
export function FindHighlight({ terms, children }: { terms: readonly FullTextTerm[]; children: ReactNode }) {
  return <FindTerms.Provider value={terms}>{children}</FindTerms.Provider>;
}

const NONE: Span[] = [];

/** Where a paragraph's stored text (its parts joined) holds the find's terms; none without a find. */
export function useFindSpans(parts: readonly TextPart[]): Span[] {
  const terms = useContext(FindTerms);
  return useMemo(() => (terms.length ? findSpans(partsText(parts), terms) : NONE), [parts, terms]);
}
