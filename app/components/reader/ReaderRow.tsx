import { useState } from "react";
import type { ReaderRow as Row } from "@/lib/reader/load-reader";
import { rowAnchor } from "@/lib/reader/windows";
import { ChangeNote } from "../editing/ChangeNote";
import { RowTools } from "../editing/RowTools";
import { GlossaryFlagMark } from "./GlossaryFlagMark";
import { LockMark } from "./LockMark";
import { LowConfidenceMark } from "./LowConfidenceMark";
import { ReaderCell } from "./ReaderCell";

/**
 * One alignment link: French left, English right, tops level; the gutter holds the row's
 * number in the document and the marks (low confidence, glossary flag, confirmed by hand).
 * Without a link, a row is a paragraph waiting for the aligner, or (data-whole) both texts
 * of a window of a document that has no link yet. `slug` is given only to those who may
 * write: without it the row is for reading only. One of its cells is the row's tab stop.
 *
 * `gap`: the rows before this one that a filtered list leaves out, said above it.
 * `changed`: the last alignment change made this row; `change`, its action, is noted here
 * with its undo (the first row it made).
 */
export function ReaderRow({
  row,
  slug,
  isFirst,
  isLast,
  gap,
  changed = false,
  change,
}: {
  row: Row;
  slug?: string;
  isFirst: boolean;
  isLast: boolean;
  gap?: string;
  changed?: boolean;
  change?: string;
}) {
  const empty = !row.fr.length ? "fr" : !row.en.length ? "en" : undefined;
  const whole = row.linkId === null && !empty;
  // Editing controls are rendered once a row is first pointed at or focused, not in the
  // page's HTML: a long document would otherwise carry a thousand idle menus.
  const [active, setActive] = useState(false);
  const activate = () => setActive(true);
  return (
    <li
      className="row"
      onMouseEnter={activate}
      onFocus={activate}
      id={rowAnchor(row.row)}
      data-row={row.row}
      data-link-id={row.linkId ?? undefined}
      data-kind={(row.fr[0] ?? row.en[0])?.kind}
      data-empty={empty}
      data-low-confidence={row.lowConfidence || undefined}
      data-whole={whole || undefined}
      data-locked={row.locked || undefined}
      data-flags={row.flags.length || undefined}
      data-changed={changed || undefined}
      data-gap={gap}
    >
      <ReaderCell side="fr" paragraphs={row.fr} tabStop={row.fr.length > 0} />
      <div className="gutter">
        <span className="row-number">{row.row}</span>
        {row.locked && <LockMark />}
        {row.lowConfidence && <LowConfidenceMark score={row.score} />}
        {row.flags.length > 0 && <GlossaryFlagMark flags={row.flags} />}
        {/* The whole texts of a document not aligned yet are no pairing to fix by hand. */}
        {slug && !whole && active && (
          <RowTools slug={slug} row={{ fr: row.fr.map((p) => p.id), en: row.en.map((p) => p.id), locked: row.locked, isFirst, isLast }} />
        )}
      </div>
      <ReaderCell side="en" paragraphs={row.en} slug={slug} tools={active} tabStop={!row.fr.length} />
      {slug && change && <ChangeNote slug={slug} action={change} />}
    </li>
  );
}
