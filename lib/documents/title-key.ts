import { foldForMatch } from "../text/normalize";

/**
 * Document.titleKey: both titles folded as searches are (case, accents, punctuation
 * ignored), French first, so that the library can search and sort titles in SQL.
 */
export function titleKey(titleFr: string, titleEn: string | null): string {
  return [titleFr, titleEn].filter(Boolean).map((t) => foldForMatch(t!)).join(" \u2016 ");
}
