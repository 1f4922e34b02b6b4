/** How the reader lays out the two languages. */
export const VIEW_MODES = ["side", "fr", "en", "alternate"] as const;
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
