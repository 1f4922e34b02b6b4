/**
 * How the reader lays out the two languages. "learn": the French shown, each English
 * sentence hidden until the reader reveals it (learner mode).
 */
export const VIEW_MODES = ["side", "fr", "en", "alternate", "learn"] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export const DEFAULT_VIEW_MODE: ViewMode = "side";

/**
 * The cookie that remembers the reader's view mode across pages and visits. The server
 * reads it so that the first paint is already in the chosen mode (nothing jumps).
 */
export const VIEW_MODE_COOKIE = "reader_view";
export const VIEW_MODE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function parseViewMode(value: string | null | undefined): ViewMode {
  return (VIEW_MODES as readonly string[]).includes(value ?? "") ? (value as ViewMode) : DEFAULT_VIEW_MODE;
}

/**
 * Phones (the reader's narrow layout, see globals.css) stack French over English: side by
 * side and alternating would look the same there, so a phone offers one of them ("both").
 */
export const PHONE_MEDIA_QUERY = "(max-width: 44rem)";
export const PHONE_VIEW_MODES: readonly ViewMode[] = ["side", "fr", "en", "learn"];

/** The mode a screen shows for the chosen one: alternating is shown as side by side on a phone. */
export function shownViewMode(mode: ViewMode, phone: boolean): ViewMode {
  return phone && !PHONE_VIEW_MODES.includes(mode) ? "side" : mode;
}
