"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { TooltipEntry } from "@/lib/reader/load-reader";

const GlossaryContext = createContext<Record<number, TooltipEntry>>({});

/** Hands the document's glossary entries, sent once, to every marked name below it. */
export function GlossaryProvider({ entries, children }: { entries: Record<number, TooltipEntry>; children: ReactNode }) {
  return <GlossaryContext.Provider value={entries}>{children}</GlossaryContext.Provider>;
}

export function useGlossaryEntry(id: number): TooltipEntry | undefined {
  return useContext(GlossaryContext)[id];
}
