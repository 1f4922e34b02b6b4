"use client";

import { useEffect } from "react";
import { nextPosition, parsePosition, readingKey, rowToRestore, type ReadingPosition as Position } from "@/lib/reader/reading-position";
import { rowAnchor, rowHref } from "@/lib/reader/windows";

/** How often, at most, the position is written while the reader scrolls. */
const SAVE_EVERY_MS = 250;

function read(slug: string): Position | null {
  try {
    return parsePosition(localStorage.getItem(readingKey(slug)));
  } catch {
    return null; // storage refused (private mode, a policy): the reader works without it
  }
}

function write(slug: string, position: Position): void {
  try {
    localStorage.setItem(readingKey(slug), JSON.stringify(position));
  } catch {
    // full or refused: the position is a convenience
  }
}

/** The first and last rows on screen below the sticky toolbar, or null when none is. */
function rowsOnScreen(): [number, number] | null {
  const top = document.querySelector(".reader .toolbar")?.getBoundingClientRect().bottom ?? 0;
  let first: number | null = null;
  let last: number | null = null;
  for (const row of document.querySelectorAll<HTMLElement>("ol.rows > li.row")) {
    const box = row.getBoundingClientRect();
    if (!box.height || box.bottom <= top) continue;
    if (box.top >= window.innerHeight) break;
    const n = Number(row.dataset.row);
    first ??= n;
    last = n;
  }
  return first === null || last === null ? null : [first, last];
}

/**
 * Remembers where the reader is in a document (in their browser, see reading-position.ts),
 * and on their return to its plain address takes them back there: scrolled to the row in
 * this window, or to the window holding it (`?from=…#row-N`, which the page opens scrolled).
 * Rendered once per reader page; renders nothing.
 */
export function ReadingPosition({ slug, totalRows }: { slug: string; totalRows: number }) {
  useEffect(() => {
    const restore = rowToRestore(read(slug), { hash: window.location.hash, search: window.location.search }, totalRows);
    if (restore !== null) {
      const row = document.getElementById(rowAnchor(restore));
      if (!row) {
        window.location.replace(rowHref(restore));
        return;
      }
      row.scrollIntoView({ block: "start" });
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      const shown = rowsOnScreen();
      if (shown) write(slug, nextPosition(read(slug), shown[0], shown[1], totalRows));
    };
    const onScroll = () => {
      timer ??= setTimeout(save, SAVE_EVERY_MS);
    };
    save();
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.removeEventListener("scroll", onScroll);
      clearTimeout(timer);
    };
  }, [slug, totalRows]);
  return null;
}
