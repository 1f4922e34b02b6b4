import { createHash } from "node:crypto";

const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4`]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** NFC, typographic apostrophes and dashes unified, whitespace collapsed, trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(APOSTROPHES, "'")
    .replace(DASHES, "-")
    .replace(/[\s\u00A0\u202F]+/g, " ")
    .trim();
}

/** Drops diacritics: Choïgou → Choigou, Sergueï → Serguei, Œ stays Œ (a letter, not a mark). */
export function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");
}

/**
 * A matching key: lower case, no diacritics, hyphens as spaces, apostrophes unified.
 * "Kim Jong-Un" and "kim jong un" share a key; so do "Choïgou" and "Choigou".
 */
export function foldForMatch(text: string): string {
  return stripDiacritics(normalizeText(text))
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/-/g, " ")
    .replace(/ +/g, " ")
    .trim();
}

/** Stable identity of a paragraph's text: unchanged paragraphs keep their hash across re-imports. */
export function hashText(text: string): string {
  return createHash("sha256").update(normalizeText(text)).digest("hex").slice(0, 32);
}

/** Hash of an ordered list of hashes (a document's whole text). */
export function hashList(hashes: readonly string[]): string {
  return createHash("sha256").update(hashes.join("\n")).digest("hex").slice(0, 32);
}
