/**
 * Where the English goes: "inline", after each French paragraph or run of paragraphs;
 * "notes", in EPUB 3 footnotes that reading systems show as pop-ups from a mark at the end
 * of the French.
 */
export const ENGLISH_LAYOUTS = ["inline", "notes"] as const;
export type EnglishLayout = (typeof ENGLISH_LAYOUTS)[number];

export const isEnglishLayout = (value: string): value is EnglishLayout => (ENGLISH_LAYOUTS as readonly string[]).includes(value);
