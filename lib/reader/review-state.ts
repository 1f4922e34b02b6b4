/**
 * Where an English paragraph stands for a person reviewing the translation, derived from
 * what is stored (`origin`: imported, deepl, memory, edited; `status`: machine, draft,
 * reviewed): reviewed by a person; written by a machine (DeepL or the translation memory)
 * and not looked at since; corrected by a person but not marked reviewed; or as imported.
 */
export const REVIEW_STATES = ["machine", "imported", "edited", "reviewed"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export function reviewStateOf(paragraph: { origin: string; status: string }): ReviewState {
  if (paragraph.status === "reviewed") return "reviewed";
  if (paragraph.status === "machine") return "machine";
  return paragraph.origin === "edited" ? "edited" : "imported";
}
