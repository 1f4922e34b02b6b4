import type { ParagraphKind } from "../text/paragraph-kind";
import type { GlossaryTerm } from "../glossary/matcher";
import type { Lexicon } from "./lexicon/learn";

/** One paragraph as the aligner sees it. */
export interface AlignParagraph {
  text: string;
  /** From the importer; "body" when unknown. */
  kind?: ParagraphKind;
  /** A machine translation into English (French side only): the strongest evidence when present. */
  mt?: string;
}

/**
 * A run of French paragraphs paired with a run of English ones (either may be empty),
 * as 0-based indices into the two inputs, ascending and contiguous.
 */
export interface AlignLink {
  fr: number[];
  en: number[];
  /** Confidence in [0, 1]: the margin by which the best alignment without this link is worse. */
  score: number;
}

/** A link a person drew or confirmed: the aligner keeps it as is and aligns around it. */
export interface FixedLink {
  fr: number[];
  en: number[];
}

export interface AlignInput {
  fr: readonly AlignParagraph[];
  en: readonly AlignParagraph[];
  /** Glossary entries: names match through their variants in each language. */
  glossary?: readonly GlossaryTerm[];
  /** Word translations learned from the library's aligned pairs (lib/align/lexicon); none in a new library. */
  lexicon?: Lexicon;
  /** Locked links; they must not overlap (hold paragraphs inside one another's span), but may cross. */
  fixed?: readonly FixedLink[];
}
