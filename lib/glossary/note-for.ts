/** An entry's notes: `note` in English, `noteFr` in French. */
export interface EntryNotes {
  note?: string | null;
  noteFr?: string | null;
}

/**
 * The note a page in `locale` shows: the one in its language, else the other one (marked
 * with its language, so that screen readers pronounce it right), else none. A note written
 * in one language only is still shown in both interfaces rather than hidden.
 */
export function noteFor(entry: EntryNotes, locale: string): { text: string; lang: "fr" | "en" } | null {
  const french = entry.noteFr?.trim() ? { text: entry.noteFr.trim(), lang: "fr" as const } : null;
  const english = entry.note?.trim() ? { text: entry.note.trim(), lang: "en" as const } : null;
  return locale === "fr" ? (french ?? english) : (english ?? french);
}
