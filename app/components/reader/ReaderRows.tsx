"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import { createHighlighter } from "./counterparts";
import { isUnit, revealParagraph, toggleUnit } from "./learner";
import type { AlignmentChangeNote, ReaderRow as Row } from "@/lib/reader/load-reader";
import { ReaderRow } from "./ReaderRow";
import { ensureRowStops, followFocus, onRowKey } from "./row-keys";

/** The id of the rows' list: the skip link's target. */
export const READER_TEXT_ID = "reader-text";

/**
 * A window of the document, row after row, under a header naming the two columns.
 *
 * The client boundary of the reader, although nothing here holds state: the rows reach
 * the browser as data (text parts, ids, scores) and are rendered from it, on the server
 * for the first paint and again to hydrate. Rendered as server components, the same rows
 * travel as a serialized element tree, about twice the bytes and half again the server
 * time on a 1,000-paragraph document (bench/reader.bench.ts). Everything below stays
 * small and stateless; interactive pieces (GlossaryTooltips, ViewModeSwitch) wrap it.
 * The list handles the rows' keys (row-keys.ts), the counterparts lit under the pointer
 * or the focus (counterparts.ts) and learner mode's reveals (learner.ts): one listener of
 * each kind for the whole window, none per row or sentence.
 *
 * `listed`: the rows are those a filter lists, not consecutive; a gap between two of them
 * is marked. `change`: the last alignment change, noted under the first row it made.
 */
export function ReaderRows({
  rows,
  slug,
  editable,
  totalRows,
  listed = false,
  change = null,
}: {
  rows: Row[];
  slug: string;
  editable: boolean;
  totalRows: number;
  listed?: boolean;
  change?: AlignmentChangeNote | null;
}) {
  const t = useTranslations("Reader");
  const list = useRef<HTMLOListElement>(null);
  const highlight = useMemo(createHighlighter, []);
  const hiddenLabel = t("learnerHidden");
  useEffect(() => {
    const ol = list.current;
    if (!ol) return;
    // A view mode hides a column (and its cells, which may be a row's tab stop): move the stops.
    ensureRowStops(ol);
    const reader = ol.closest(".reader");
    if (!reader) return;
    const observer = new MutationObserver(() => ensureRowStops(ol));
    observer.observe(reader, { attributes: true, attributeFilter: ["data-view"] });
    return () => observer.disconnect();
  }, [rows]);
  if (!rows.length) return <p className="empty">{t("noParagraphs")}</p>;
  const changed = new Set(change?.rows ?? []);
  const noted = rows.find((r) => changed.has(r.row))?.row;
  return (
    <>
      <div className="columns" aria-hidden="true">
        <span className="column-fr">{t("columnFr")}</span>
        <span className="column-en">{t("columnEn")}</span>
      </div>
      <ol
        ref={list}
        className="rows"
        id={READER_TEXT_ID}
        tabIndex={-1}
        onKeyDown={(e: KeyboardEvent<HTMLOListElement>) => {
          // Learner mode: Enter or Space on a hidden (or revealed) English sentence toggles it.
          const target = e.target as HTMLElement;
          if ((e.key === "Enter" || e.key === " ") && !e.altKey && !e.ctrlKey && !e.metaKey && isUnit(target)) {
            e.preventDefault();
            toggleUnit(target, hiddenLabel);
            return;
          }
          onRowKey(e);
        }}
        onFocus={(e) => {
          followFocus(e.target);
          highlight.point(e.target);
        }}
        onBlur={(e) => {
          if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) highlight.clear();
        }}
        // Any pointer: a tap (touch) lights what it touched until the next tap.
        onPointerOver={(e) => highlight.point(e.target)}
        onPointerLeave={(e) => e.pointerType === "mouse" && highlight.clear()}
        onClick={(e) => {
          const target = e.target as HTMLElement;
          highlight.point(target);
          const button = target.closest<HTMLElement>("button.reveal-paragraph");
          if (button) return revealParagraph(button, hiddenLabel);
          const unit = target.closest<HTMLElement>(".sent");
          // A click that ends a selection in a revealed sentence is the reader copying, not hiding it.
          if (unit && isUnit(unit) && (unit.getAttribute("aria-expanded") !== "true" || window.getSelection()?.isCollapsed !== false)) toggleUnit(unit, hiddenLabel);
        }}
      >
        {rows.map((row, i) => {
          const gap = listed ? row.row - (i ? rows[i - 1].row : 0) - 1 : 0;
          return (
            <ReaderRow
              key={row.key}
              row={row}
              slug={editable ? slug : undefined}
              isFirst={row.row === 1}
              isLast={row.row === totalRows}
              gap={gap > 0 ? t("rowGap", { count: gap }) : undefined}
              changed={changed.has(row.row)}
              change={editable && row.row === noted ? change!.action : undefined}
            />
          );
        })}
      </ol>
    </>
  );
}
