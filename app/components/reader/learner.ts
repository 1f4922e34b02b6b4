"use client";

import { parseRevealed, revealedKey, sentenceKey, serializeRevealed, withRevealed } from "@/lib/reader/revealed-sentences";

/**
 * Learner mode (view mode "learn"): the French shown, each English sentence (`.cell-en
 * .sent`, a whole paragraph when its link has no sentence data) hidden behind a
 * placeholder that is a button. Its state lives in the DOM (aria-expanded on the
 * sentence), set by these functions from one delegated listener: no React state per
 * sentence, and nothing per reader in the server's HTML (the page cache, server.ts, keys
 * pages by address and cookies only). What a reader revealed is kept in their browser,
 * per document (revealed-sentences.ts), and shown revealed on their next visit.
 *
 * CSS hides every English sentence of the mode whose aria-expanded is not "true", so the
 * first paint (before these attributes are set) already hides them.
 */

/** The hideable units of learner mode below `root`. */
export const UNIT = ".cell-en .sent";
const LEARNING = '.reader[data-view="learn"]';

/** Whether `el` is a hideable unit and learner mode is on. */
export const isUnit = (el: Element): el is HTMLElement => el.matches(`${LEARNING} ${UNIT}`);

/**
 * Sets one unit hidden or revealed: a button while hidden (named by `label`, its text
 * unread: a button's content is presentational), its text once revealed. The label is in
 * the interface's language, not the column's English: `lang` says so while it is shown.
 */
export function setRevealed(unit: HTMLElement, revealed: boolean, label: string): void {
  unit.setAttribute("role", "button");
  unit.tabIndex = -1;
  unit.setAttribute("aria-expanded", String(revealed));
  if (revealed) {
    unit.removeAttribute("aria-label");
    unit.removeAttribute("lang");
  } else {
    unit.setAttribute("aria-label", label);
    unit.lang = document.documentElement.lang;
  }
}

/** The document a unit belongs to (the reader page's slug). */
const slugOf = (el: Element) => el.closest("[data-slug]")?.getAttribute("data-slug") ?? null;

/** A unit's name in the storage: its paragraph and its rank there, or null outside a paragraph. */
function keyOf(unit: HTMLElement): string | null {
  const paragraph = unit.closest<HTMLElement>("[data-paragraph-id]");
  if (!paragraph) return null;
  return sentenceKey(paragraph.dataset.paragraphId!, [...paragraph.querySelectorAll(".sent")].indexOf(unit));
}

/** The document's revealed units as stored (none when the storage is refused). */
function stored(slug: string | null): Set<string> {
  if (!slug) return new Set();
  try {
    return parseRevealed(localStorage.getItem(revealedKey(slug)));
  } catch {
    return new Set();
  }
}

/** Keeps these units' state for the reader's next visit. */
function remember(units: HTMLElement[], revealed: boolean): void {
  const slug = units[0] && slugOf(units[0]);
  if (!slug) return;
  const keys = units.map(keyOf).filter((k): k is string => k !== null);
  try {
    localStorage.setItem(revealedKey(slug), serializeRevealed(withRevealed(stored(slug), keys, revealed)));
  } catch {
    // full or refused: the reveals last as long as the page
  }
}

/** Sets the units below `root` that have no state yet (all of them, or those just added) hidden, or revealed when stored so. */
export function hideNewUnits(root: Element, label: string, all = true): void {
  const units = root.querySelectorAll<HTMLElement>(all ? UNIT : `${UNIT}:not([aria-expanded])`);
  if (!units.length) return;
  const revealed = stored(slugOf(root));
  for (const unit of units) {
    const key = revealed.size ? keyOf(unit) : null;
    setRevealed(unit, key !== null && revealed.has(key), label);
  }
}

/** Learner mode begins: every unit below `root` hidden, but those the reader revealed before. */
export function enterLearner(root: Element, label: string): void {
  hideNewUnits(root, label);
}

/** Learner mode ends: the units are plain text again. */
export function leaveLearner(root: Element): void {
  for (const unit of root.querySelectorAll<HTMLElement>(UNIT)) {
    for (const attribute of ["role", "tabindex", "aria-expanded", "aria-label", "lang"]) unit.removeAttribute(attribute);
  }
}

/** "Reveal all" and "Hide all". */
export function revealAll(root: Element, revealed: boolean, label: string): void {
  const units = [...root.querySelectorAll<HTMLElement>(UNIT)];
  for (const unit of units) setRevealed(unit, revealed, label);
  remember(units, revealed);
}

/** A unit clicked, tapped, or pressed with Enter or Space: shown if hidden, hidden if shown; focus stays on it. */
export function toggleUnit(unit: HTMLElement, label: string): void {
  const revealed = unit.getAttribute("aria-expanded") !== "true";
  setRevealed(unit, revealed, label);
  remember([unit], revealed);
  unit.focus({ preventScroll: true });
}

/** A paragraph's "reveal" button: its units shown, focus on the first (the text now there to read). */
export function revealParagraph(button: HTMLElement, label: string): void {
  const paragraph = button.parentElement?.querySelector<HTMLElement>(`[data-paragraph-id="${button.dataset.reveal}"]`);
  if (!paragraph) return;
  const units = [...paragraph.querySelectorAll<HTMLElement>(".sent")];
  for (const unit of units) setRevealed(unit, true, label);
  remember(units, true);
  units[0]?.focus({ preventScroll: true });
}
