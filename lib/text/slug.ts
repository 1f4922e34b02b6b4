import anyAscii from "any-ascii";
import { createHash } from "node:crypto";

const MAX_SLUG_LENGTH = 60;

/**
 * URL-safe, readable identifier from a title: "Kim Jong Un promet…" → "kim-jong-un-promet…",
 * "Новости дня" → "novosti-dnia". Any script is transliterated (any-ascii); a title with
 * nothing to transliterate ("« … »") gets "document-" and a short hash of itself, so that
 * unrelated titles never share a slug by default.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = anyAscii(text.normalize("NFC").replace(/œ/g, "oe").replace(/Œ/g, "Oe"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || `document-${createHash("sha256").update(text.trim()).digest("hex").slice(0, 8)}`;
}

export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 120;
}
