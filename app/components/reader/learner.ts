"use client";

/**
 * Learner mode (view mode "learn"): the French shown, each English sentence (`.cell-en
 * .sent`, a whole paragraph when its link has no sentence data) hidden behind a
 * placeholder that is a button. Its state lives in the DOM (aria-expanded on the
 * sentence), set by these functions from one delegated listener: no React state per
 * sentence, and nothing per reader in the server's HTML (the page cache, server.ts, keys
 * pages by address and cookies only; what one reader revealed stays in their browser).
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

/** Learner mode begins: every unit below `root` hidden. */
export function enterLearner(root: Element, label: string): void {
  for (const unit of root.querySelectorAll<HTMLElement>(UNIT)) setRevealed(unit, false, label);
}

/** Learner mode ends: the units are plain text again. */
export function leaveLearner(root: Element): void {
  for (const unit of root.querySelectorAll<HTMLElement>(UNIT)) {
    for (const attribute of ["role", "tabindex", "aria-expanded", "aria-label", "lang"]) unit.removeAttribute(attribute);
  }
}

/** "Reveal all" and "Hide all". */
export function revealAll(root: Element, revealed: boolean, label: string): void {
  for (const unit of root.querySelectorAll<HTMLElement>(UNIT)) setRevealed(unit, revealed, label);
}

/** A unit clicked, tapped, or pressed with Enter or Space: shown if hidden, hidden if shown; focus stays on it. */
export function toggleUnit(unit: HTMLElement, label: string): void {
  setRevealed(unit, unit.getAttribute("aria-expanded") !== "true", label);
  unit.focus({ preventScroll: true });
}

/** A paragraph's "reveal" button: its units shown, focus on the first (the text now there to read). */
export function revealParagraph(button: HTMLElement, label: string): void {
  const paragraph = button.parentElement?.querySelector<HTMLElement>(`[data-paragraph-id="${button.dataset.reveal}"]`);
  if (!paragraph) return;
  const units = [...paragraph.querySelectorAll<HTMLElement>(".sent")];
  for (const unit of units) setRevealed(unit, true, label);
  units[0]?.focus({ preventScroll: true });
}
