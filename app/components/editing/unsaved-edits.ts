"use client";

/**
 * Texts typed in the reader's editors and not saved yet, by paragraph id. Kept here, outside
 * the components, so that a draft outlives its editor: a refresh that re-renders the rows
 * (after another save, or an alignment change) opens the editor again with the same text.
 * The page's UnsavedEditsGuard asks before anything would throw them away.
 */
export interface Draft {
  text: string;
  status: "draft" | "reviewed";
  note: string;
  noTranslation: boolean;
  /** The version the edit is based on. */
  baseVersion: number;
}

const drafts = new Map<number, Draft>();

export const draftOf = (paragraphId: number): Draft | undefined => drafts.get(paragraphId);

/** Records an editor's state: a draft when it differs from the stored paragraph, nothing otherwise. */
export function keepDraft(paragraphId: number, draft: Draft | null): void {
  if (draft) drafts.set(paragraphId, draft);
  else drafts.delete(paragraphId);
}

export const hasUnsavedEdits = (): boolean => drafts.size > 0;

/** Forgets every draft (the person chose to leave the page without them). */
export const discardAllDrafts = (): void => drafts.clear();

type Confirm = (question: string) => Promise<boolean>;
let confirmer: Confirm | null = null;

/** The page's confirm dialog (UnsavedEditsGuard registers it). */
export function setDiscardConfirmer(confirm: Confirm | null): void {
  confirmer = confirm;
}

/** Asks the person whether to throw away unsaved text; the browser's own dialog when the page has none. */
export function confirmDiscard(question: string): Promise<boolean> {
  return confirmer ? confirmer(question) : Promise.resolve(window.confirm(question));
}
