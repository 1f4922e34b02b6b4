"use client";

import type { KeyboardEvent as ReactKeyboardEvent } from "react";

/**
 * Keyboard moves in the reader's rows: one tab stop per row (one of its cells: a roving
 * tabindex), arrow keys for the rest. ← and → go through the row's items in reading order
 * (its cells, the sentences that have a counterpart and the glossary names in them, the
 * row's tools): a focused sentence or name lights its counterpart (counterparts.ts) as
 * the pointer does. ↑ and ↓ go to the row above or below, on the same side. Glossary names and tools are never tab stops (tabindex -1), so
 * a long article is not hundreds of Tab presses.
 */

/**
 * What the arrow keys reach in a row: cells, sentences with a pairing, names, and the
 * tools shown once the row is active; in learner mode every English sentence (hidden ones
 * are buttons) and the paragraphs' reveal buttons. Still one tab stop per row: sentences
 * and learner mode add arrow stops only. A sentence is made focusable (tabindex -1) when
 * the arrows first reach it, not in the page's HTML: a window holds thousands.
 */
const ITEMS = '.cell[tabindex], .sent[data-pair], .term, .gutter summary, .para-tools button, .change-note button, .reader[data-view="learn"] .cell-en .sent, .reveal-paragraph';
/** Inside these, keys belong to the control (text fields, menus, the history, dialogs). */
const OWN_KEYS = "input, textarea, select, [contenteditable], form, .row-tools-menu, .history, dialog";

/** Rendered, and not inside a hidden learner sentence (whose names would give the English away). */
const shown = (el: Element) => (el as HTMLElement).getClientRects().length > 0 && !el.parentElement?.closest('[aria-expanded="false"]');

/** The row's items a person can reach now, in document order (hidden ones skipped). */
export function rowItems(row: Element): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(ITEMS)].filter(shown);
}

const cellsOf = (row: Element) => [...row.querySelectorAll<HTMLElement>(":scope > .cell[tabindex]")];

/** Makes `cell` its row's tab stop. */
function makeStop(row: Element, cell: HTMLElement): void {
  for (const other of cellsOf(row)) other.tabIndex = other === cell ? 0 : -1;
}

/** The cell that is the row's tab stop, if it is shown; else the first shown cell, made the stop. */
export function rowStop(row: Element): HTMLElement | null {
  const cells = cellsOf(row).filter(shown);
  const stop = cells.find((c) => c.tabIndex === 0) ?? cells[0] ?? null;
  if (stop && stop.tabIndex !== 0) makeStop(row, stop);
  return stop;
}

/** Gives every row a shown tab stop (a view mode that hides the French column hides French stops). */
export function ensureRowStops(list: Element): void {
  for (const row of list.querySelectorAll(":scope > li.row")) rowStop(row);
}

/** Focus moved into a row: the cell holding the focus becomes the row's tab stop. */
export function followFocus(target: EventTarget | null): void {
  if (!(target instanceof HTMLElement)) return;
  const cell = target.closest<HTMLElement>(".cell[tabindex]");
  const row = cell?.parentElement;
  if (cell && row?.matches("li.row")) makeStop(row, cell);
}

/** Focuses a row: its cell on `side` when it has one shown, else its tab stop. */
export function focusRow(row: Element, side?: string | null, preventScroll = false): boolean {
  const cell = (side && cellsOf(row).find((c) => c.dataset.side === side && shown(c))) || rowStop(row);
  if (!cell) return false;
  makeStop(row, cell);
  cell.focus({ preventScroll });
  return true;
}

/** The shown row before or after `row` (rows a view mode hides are skipped). */
function neighbour(row: Element, direction: "up" | "down"): Element | null {
  for (let next = direction === "up" ? row.previousElementSibling : row.nextElementSibling; next; next = direction === "up" ? next.previousElementSibling : next.nextElementSibling) {
    if (next.matches("li.row") && shown(next) && cellsOf(next).some(shown)) return next;
  }
  return null;
}

/** Handles an arrow, Home or End key pressed on an item of a row; leaves every other key alone. */
export function onRowKey(event: ReactKeyboardEvent<HTMLElement>): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target as HTMLElement;
  if (target.closest(OWN_KEYS) || !target.matches(ITEMS)) return;
  const row = target.closest("li.row");
  if (!row) return;
  const items = rowItems(row);
  const at = items.indexOf(target);
  let next: HTMLElement | undefined;
  switch (event.key) {
    case "ArrowRight":
      next = items[at + 1];
      break;
    case "ArrowLeft":
      next = items[at - 1];
      break;
    case "Home":
      next = items[0];
      break;
    case "End":
      next = items[items.length - 1];
      break;
    case "ArrowDown":
    case "ArrowUp": {
      const other = neighbour(row, event.key === "ArrowDown" ? "down" : "up");
      if (!other) return;
      event.preventDefault();
      focusRow(other, target.closest<HTMLElement>(".cell")?.dataset.side);
      return;
    }
    default:
      return;
  }
  event.preventDefault();
  if (next && !next.hasAttribute("tabindex")) next.tabIndex = -1;
  next?.focus();
}
