import { DATE_PATTERN } from "./dates";

export const PARAGRAPH_KINDS = ["title", "dateline", "heading", "caption", "credit", "body"] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export interface TypedParagraph {
  kind: ParagraphKind;
  text: string;
}

/** Agencies and pools that sign photos on their own ("AFP" alone on a line). */
const AGENCIES = new Set([
  "AFP", "AP", "REUTERS", "KCNA", "KNS", "EPA", "ANSA", "YONHAP", "POOL", "SPUTNIK", "TASS",
  "XINHUA", "DPA", "ANP", "GETTY", "GETTY IMAGES", "BELGA", "KEYSTONE", "SIPA",
]);
/** Words that end a credit line after a slash: "POOL/AFP/Archives", "AFP/File". */
const CREDIT_SUFFIXES = new Set(["ARCHIVES", "FILE", "HANDOUT", "POOL", "DOSSIER", "GETTY IMAGES"]);
const CREDIT_SEPARATOR = /\s*\/\s*|\s+(?:VIA|via)\s+/;
/** A slash or "VIA" makes a credit unmistakable, even after a sentence. */
const isSignedCredit = (credit: string) => CREDIT_SEPARATOR.test(credit);
/** A name in a credit: capitalised words only ("Jung Yeon-je", "KNS", "Archives"). */
const CREDIT_SEGMENT = /^\p{Lu}(?:\.|[\p{L}\p{N}&'-]*)(?: \p{Lu}(?:\.|[\p{L}\p{N}&'-]*)){0,3}$/u;
const MAX_CREDIT_LENGTH = 80;

/** "KCNA VIA KNS/AFP", "POOL/AFP/Archives", "Jung Yeon-je/AFP", "AFP". */
export function isCredit(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > MAX_CREDIT_LENGTH || /[,;:!?"«»“”()]|\.$/.test(text)) return false;
  const segments = text.split(CREDIT_SEPARATOR);
  if (segments.length === 1) return AGENCIES.has(text.toUpperCase());
  if (!segments.every((s) => CREDIT_SEGMENT.test(s))) return false;
  return segments.some((s) => AGENCIES.has(s.toUpperCase()) || CREDIT_SUFFIXES.has(s.toUpperCase()));
}

const TERMINAL_PUNCTUATION = /[.!?…:;,]["»”’)\]]*$/;
const DATE_AT_END = new RegExp(`${DATE_PATTERN.source}\\)?$`, "iu");
const CAPTION_OPENING = /^(photo|image|illustration|capture|this (photo|picture|image|handout)|picture|a handout)\b/i;
const MAX_CREDIT_WORDS = 5;

/**
 * A photo caption that ends with its credit on the same line ("… le 19 juin 2024
 * POOL/AFP/Archives") is two things: the caption and the credit. Returns both, or
 * undefined when the line does not end with a credit after a date (or, for a credit with
 * a slash or VIA, after a full sentence).
 */
export function splitTrailingCredit(line: string): [caption: string, credit: string] | undefined {
  const words = line.trim().split(/\s+/);
  for (let n = Math.min(MAX_CREDIT_WORDS, words.length - 1); n >= 1; n--) {
    const credit = words.slice(-n).join(" ");
    const caption = words.slice(0, -n).join(" ");
    if (!isCredit(credit)) continue;
    const datedCaption = DATE_AT_END.test(caption) && !TERMINAL_PUNCTUATION.test(caption);
    // "Des nageurs près du pont de Bercy. STEPHANE DE SAKUTIN/AFP": a full caption, then its credit.
    const sentenceCaption = isSignedCredit(credit) && /[.!?…]["»”’)]*$/.test(caption);
    if (datedCaption || sentenceCaption) return [caption, credit];
  }
  return undefined;
}

/** A picture's description: no closing full stop, and it opens like one or ends on its date. */
export function isCaption(line: string): boolean {
  const text = line.trim();
  if (TERMINAL_PUNCTUATION.test(text)) return false;
  return CAPTION_OPENING.test(text) || DATE_AT_END.test(text);
}

/** "Tokyo, 12 mars 2026", "(Rome, Paris, 22 mars 2025)": places, then a date, nothing else. */
const DATELINE = new RegExp(`^\\(?(?:\\p{Lu}[\\p{L}'.-]*(?: \\p{L}[\\p{L}'.-]*){0,3},\\s*)+(?:le\\s+)?${DATE_PATTERN.source}\\)?\\.?$`, "iu");

export function isDateline(line: string): boolean {
  return DATELINE.test(line.trim());
}

const MAX_HEADING_LENGTH = 100;
const MAX_HEADING_WORDS = 14;

/** A subheading: short, and not ended like a sentence. */
export function isHeading(line: string): boolean {
  const text = line.trim();
  return (
    text.length > 0 &&
    text.length <= MAX_HEADING_LENGTH &&
    text.split(/\s+/).length <= MAX_HEADING_WORDS &&
    !TERMINAL_PUNCTUATION.test(text)
  );
}

/**
 * Kinds for the paragraphs that follow an article's title, from their text alone.
 * Captions carrying their credit are split in two, so the result may be longer.
 */
export function classifyParagraphs(lines: readonly string[]): TypedParagraph[] {
  const out: TypedParagraph[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    if (isCredit(text)) {
      out.push({ kind: "credit", text });
      continue;
    }
    const split = splitTrailingCredit(text);
    if (isDateline(text)) {
      out.push({ kind: "dateline", text });
    } else if (split) {
      out.push({ kind: "caption", text: split[0] }, { kind: "credit", text: split[1] });
    } else if (isCaption(text)) {
      out.push({ kind: "caption", text });
    } else if (isHeading(text)) {
      out.push({ kind: "heading", text });
    } else {
      out.push({ kind: "body", text });
    }
  }
  return out;
}
