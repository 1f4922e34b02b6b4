import type { ParagraphStatus } from "../export/types";
import type { TypedParagraph } from "../text/paragraph-kind";

export interface BilingualEnglishParagraph extends TypedParagraph {
  status: ParagraphStatus;
}

/** One aligned pair read from a TMX tu or an XLIFF unit: a run of French, a run of English. */
export interface BilingualLink {
  fr: TypedParagraph[];
  en: BilingualEnglishParagraph[];
}

export interface BilingualDocument {
  /** From the file (TMX prop x-document, XLIFF file original); may be absent. */
  slug?: string;
  links: BilingualLink[];
}

/** A TMX or XLIFF file as read, before it is stored. */
export interface BilingualFile {
  sourceLang: string;
  targetLang: string;
  documents: BilingualDocument[];
}
