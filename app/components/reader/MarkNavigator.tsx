"use client";

import type { MouseEvent } from "react";
import type { RowMark } from "@/lib/reader/row-search";
import { rowAnchor, rowFromHash, rowHref } from "@/lib/reader/windows";

const SELECTOR: Record<RowMark, string> = { check: "li.row[data-low-confidence]", flag: "li.row[data-flags]" };

/**
 * The row being read: the one the address points to; else the row before the first one
 * showing below the toolbar, so that "next" counts that one too.
 */
export function currentRow(): number {
  const fromHash = rowFromHash(window.location.hash);
  if (fromHash !== null && document.getElementById(rowAnchor(fromHash))) return fromHash;
  const toolbar = document.querySelector(".toolbar")?.getBoundingClientRect().bottom ?? 0;
  for (const row of document.querySelectorAll<HTMLElement>("ol.rows > li.row[data-row]")) {
    if (row.getBoundingClientRect().bottom > toolbar + 1) return Number(row.dataset.row) - 1;
  }
  return 0;
}

/**
 * Previous / next row worth a look (low confidence, or a glossary flag), across windows.
 * The links the server renders go to the first such row of this window (else the next
 * window's) and to the nearest one before the window; with JavaScript, they go from the
 * row being read to the nearest one in this window, and leave it only when there is none.
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
  first: number;
  /** The nearest marked row before the window, and the first one after it. */
  previous: number | null;
  next: number | null;
  after: number | null;
  labels: { previous: string; next: string };
}) {
  const go = (direction: "previous" | "next") => (event: MouseEvent<HTMLAnchorElement>) => {
    const current = currentRow();
    const rows = [...document.querySelectorAll<HTMLElement>(SELECTOR[mark])].map((r) => Number(r.dataset.row));
    const inWindow = direction === "next" ? rows.find((r) => r > current) : rows.reverse().find((r) => r < current);
    const target = inWindow ?? (direction === "next" ? after : previous);
    event.preventDefault();
    if (target === null || target === undefined) return;
    const href = rowHref(target, first);
    if (href.startsWith("#")) window.location.hash = rowAnchor(target);
    else window.location.assign(href);
  };
  return (
    <span className={`mark-nav mark-nav-${mark}`}>
      <a href={previous !== null ? rowHref(previous, first) : undefined} aria-disabled={previous === null || undefined} data-nav={`previous-${mark}`} onClick={go("previous")}>
        {labels.previous}
      </a>
      <a href={next !== null ? rowHref(next, first) : undefined} aria-disabled={next === null || undefined} data-nav={`next-${mark}`} onClick={go("next")}>
        {labels.next}
      </a>
    </span>
  );
}
