import type { GlossaryTerm } from "../../glossary/matcher";
import type { AlignParagraph } from "../types";

/** A gold link: runs of 0-based paragraph indices. */
export interface GoldLink {
  fr: number[];
  en: number[];
}

/** One aligned text with its gold links, for the benchmark and the tests. */
export interface DevCase {
  name: string;
  /** What the case exercises ("merge-split", "one-sided", …): F1 is reported per type. */
  type: string;
  fr: AlignParagraph[];
  en: AlignParagraph[];
  gold: GoldLink[];
  glossary?: GlossaryTerm[];
}
