"use client";

/**
 * Counterparts across the columns: pointing at (or focusing, or tapping) a sentence lights
 * the sentences of the row that share its pairing (`.sent[data-pair]`, see ParagraphText),
 * and a glossary name lights the same entry's names in the row's other column (Choïgou ↔
 * Shoigu). Classes toggled by one delegated listener on the rows' list, not React state:
 * a window holds thousands of sentences, and a hover must not re-render any of them.
 */

/** On a sentence and the sentences paired with it. */
export const LIT_SENTENCE = "is-lit";
/** On a glossary name and its counterparts in the other column. */
export const LIT_NAME = "is-lit-name";

/** What pointing at `target` lights: its sentence and its counterparts, its name and its counterparts. */
export function counterpartsOf(target: Element): { sentences: Element[]; names: Element[] } {
  const row = target.closest("li.row");
  const cell = target.closest<HTMLElement>(".cell");
  if (!row || !cell) return { sentences: [], names: [] };
  const sentence = target.closest<HTMLElement>(".sent[data-pair]");
  const pair = sentence?.dataset.pair;
  const sentences = pair !== undefined ? [...row.querySelectorAll(`:scope > .cell .sent[data-pair="${pair}"]`)] : [];
  const name = target.closest<HTMLElement>(".term[data-entry-id]");
  const entry = name?.dataset.entryId;
  const other = cell.dataset.side === "fr" ? "en" : "fr";
  const names = name && entry ? [name, ...row.querySelectorAll(`:scope > .cell-${other} .term[data-entry-id="${entry}"]`)] : [];
  return { sentences, names };
}

/** One list's lit elements: `point` lights what a target calls for (and unlights the rest), `clear` unlights all. */
export function createHighlighter() {
  let lit: { el: Element; cls: string }[] = [];
  const clear = () => {
    for (const { el, cls } of lit) el.classList.remove(cls);
    lit = [];
  };
  const point = (target: EventTarget | null) => {
    if (!(target instanceof Element)) return clear();
    const { sentences, names } = counterpartsOf(target);
    const next = [...sentences.map((el) => ({ el, cls: LIT_SENTENCE })), ...names.map((el) => ({ el, cls: LIT_NAME }))];
    if (next.length === lit.length && next.every((n, i) => n.el === lit[i].el && n.cls === lit[i].cls)) return;
    clear();
    for (const { el, cls } of next) el.classList.add(cls);
    lit = next;
  };
  return { point, clear };
}
