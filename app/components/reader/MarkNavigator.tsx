"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import type { RowMark } from "@/lib/reader/row-search";
import { rowAnchor, rowFromHash, rowHref } from "@/lib/reader/windows";
import { MARK_KEY } from "./mark-keys";
import { focusRow } from "./row-keys";

const SELECTOR: Record<RowMark, string> = { check: "li.row[data-low-confidence]", flag: "li.row[data-flags]" };

/**
 * The row being read: the one holding the focus, else the one the address points to; else
 * the row before the first one showing below the toolbar, so that "next" counts that one too.
 */
export function currentRow(): number {
  const focused = document.activeElement?.closest<HTMLElement>("ol.rows > li.row[data-row]");
  if (focused) return Number(focused.dataset.row);
  const fromHash = rowFromHash(window.location.hash);
  if (fromHash !== null && document.getElementById(rowAnchor(fromHash))) return fromHash;
  const toolbar = document.querySelector(".toolbar")?.getBoundingClientRect().bottom ?? 0;
  for (const row of document.querySelectorAll<HTMLElement>("ol.rows > li.row[data-row]")) {
    if (row.getBoundingClientRect().bottom > toolbar + 1) return Number(row.dataset.row) - 1;
  }
  return 0;
}

/** Whether a key press is typing (in a field, a menu, a dialog), not a command for the reader. */
const isTyping = (target: EventTarget | null) => target instanceof Element && target.closest("input, textarea, select, [contenteditable], dialog") !== null;

/**
 * Previous / next row worth a look (low confidence, or a glossary flag), across windows,
 * by link and by key (N and Shift+N for rows to check, F and Shift+F for flags). The links
 * the server renders go to the first such row of this window (else the next window's) and
 * to the nearest one before the window; with JavaScript, they go from the row being read
 * (the focused one, or the one at the top) to the nearest one on the page, which takes the
 * focus, and leave the page only when there is none.
 */
export function MarkNavigator({
  mark,
  first,
  previous,
  next,
  after,
  labels,
}: {
  mark: RowMark;
  /** The first row of the window shown; null on a filtered list. */
  first: number | null;
  /** The nearest marked row before the page, and the first one after it. */
  previous: number | null;
  next: number | null;
  after: number | null;
  labels: { previous: string; next: string; previousTitle: string; nextTitle: string };
}) {
  const move = (direction: "previous" | "next") => {
    const current = currentRow();
    const rows = [...document.querySelectorAll<HTMLElement>(SELECTOR[mark])].map((r) => Number(r.dataset.row));
    const onPage = direction === "next" ? rows.find((r) => r > current) : rows.reverse().find((r) => r < current);
    const target = onPage ?? (direction === "next" ? after : previous);
    if (target === null || target === undefined) return;
    const row = document.getElementById(rowAnchor(target));
    if (!row) return window.location.assign(rowHref(target, first ?? undefined));
    window.location.hash = rowAnchor(target);
    focusRow(row, document.activeElement?.closest<HTMLElement>(".cell")?.dataset.side, true);
  };
  const click = (direction: "previous" | "next") => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    move(direction);
  };
  // The listener is added once; it calls the move of the latest render.
  const latest = useRef(move);
  latest.current = move;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      if (event.key.toLowerCase() !== MARK_KEY[mark]) return;
      event.preventDefault();
      latest.current(event.shiftKey ? "previous" : "next");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [mark]);
  const key = MARK_KEY[mark].toUpperCase();
  return (
    <span className={`mark-nav mark-nav-${mark}`}>
      <a
        href={previous !== null ? rowHref(previous, first ?? undefined) : undefined}
        aria-disabled={previous === null || undefined}
        aria-keyshortcuts={`Shift+${key}`}
        title={labels.previousTitle}
        data-nav={`previous-${mark}`}
        onClick={click("previous")}
      >
        {labels.previous}
      </a>
      <a
        href={next !== null ? rowHref(next, first ?? undefined) : undefined}
        aria-disabled={next === null || undefined}
        aria-keyshortcuts={key}
        title={labels.nextTitle}
        data-nav={`next-${mark}`}
        onClick={click("next")}
      >
        {labels.next}
      </a>
    </span>
  );
}
