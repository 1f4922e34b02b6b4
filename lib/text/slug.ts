import { stripDiacritics } from "./normalize";

const MAX_SLUG_LENGTH = 60;

/** URL-safe, readable identifier from a title: "Kim Jong Un promet…" → "kim-jong-un-promet…". */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = stripDiacritics(text)
    .toLowerCase()
    .replace(/œ/g, "oe")
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
  return slug || words[0]?.slice(0, maxLength) || "document";
}

export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 120;
}
