import type { GlossaryTerm } from "../../lib/glossary/matcher";
import type { AlignParagraph } from "../../lib/align/types";

/** A gold link: runs of 0-based paragraph indices. Links of a swap cross each other. */
export interface GoldLink {
  fr: number[];
  en: number[];
}

/**
 * Which cases may tune the aligner: "fit" cases are the only ones `bench/align-fit.ts`
 * sees; "report" cases are the only ones whose figures the benchmark reports as results.
 */
export type Split = "fit" | "report";

/** One aligned text with its gold links, for the benchmark and the tests. */
export interface DevCase {
  name: string;
  /** Where the text comes from and what kind of writing it is ("wire", "live-blog", "newsdiscuss2015", …). */
  genre: string;
  /** What the case exercises ("merge-split", "omissions", "swaps", …). */
  type: string;
  split: Split;
  /** Out of distribution: a genre or source no fitting case comes from. */
  ood: boolean;
  /** The seed a generated case was built with. */
  seed?: number;
  fr: AlignParagraph[];
  en: AlignParagraph[];
  gold: GoldLink[];
  glossary?: GlossaryTerm[];
  /** For texts made of several documents: where each starts, as [French index, English index]. */
  starts?: [number, number][];
}
