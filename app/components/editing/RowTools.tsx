"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { editAlignmentAction } from "@/app/[locale]/documents/[slug]/actions";
import type { AlignmentEdit, Side } from "@/lib/editing/alignment-ops";
import { callWrite, failureMessage } from "./call-write";
import { announceChange } from "./ChangeNote";
import "./editing.css";

export interface RowShape {
  fr: number[];
  en: number[];
  locked: boolean;
  isFirst: boolean;
  isLast: boolean;
}

/**
 * A row's alignment actions, in a small menu in the gutter: merge with the next row,
 * split before a paragraph, move a paragraph to the row above or below, confirm. Every
 * action locks the rows it touches, so that re-aligning keeps them.
 */
export function RowTools({ slug, row }: { slug: string; row: RowShape }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  // The menu is built only when opened: a long document has a thousand of these rows.
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const anchor = row.fr.length ? { side: "fr" as const, paragraphId: row.fr[0] } : { side: "en" as const, paragraphId: row.en[0] };

  const run = (edit: AlignmentEdit) =>
    startTransition(async () => {
      const result = await callWrite(() => editAlignmentAction(slug, edit));
      if (result.ok) {
        setError(null);
        // The row this edit made says so, with its undo (ChangeNote), and takes the focus.
        announceChange();
        router.refresh();
      } else setError(result.code === "failed" ? t("actionFailed") : failureMessage(result, t));
    });

  const sideName = (side: Side) => (side === "fr" ? t("french") : t("english"));
  const actions: { key: string; label: string; edit: AlignmentEdit }[] = [];
  if (open) {
    if (!row.isLast) actions.push({ key: "merge", label: t("mergeNext"), edit: { op: "merge", row: anchor } });
    for (const side of ["fr", "en"] as const) {
      row[side].slice(1).forEach((paragraphId, i) =>
        actions.push({ key: `split-${side}-${paragraphId}`, label: t("splitBefore", { side: sideName(side), n: i + 2 }), edit: { op: "split", row: { side, paragraphId } } }),
      );
      const ids = row[side];
      if (ids.length && !row.isFirst) {
        actions.push({ key: `up-${side}`, label: t("moveUp", { side: sideName(side) }), edit: { op: "move", row: { side, paragraphId: ids[0] }, direction: "up" } });
      }
      if (ids.length && !row.isLast) {
        actions.push({ key: `down-${side}`, label: t("moveDown", { side: sideName(side) }), edit: { op: "move", row: { side, paragraphId: ids[ids.length - 1] }, direction: "down" } });
      }
    }
    if (!row.locked) actions.push({ key: "confirm", label: t("confirm"), edit: { op: "confirm", row: anchor } });
  }

  return (
    <details className="row-tools" onToggle={(e) => setOpen(e.currentTarget.open)}>
      {/* Reached with the row's arrow keys (see row-keys.ts), not a tab stop of its own. */}
      <summary aria-label={t("alignmentActions")} tabIndex={-1}>
        <span aria-hidden="true">⋯</span>
      </summary>
      {open && (
        <div className="row-tools-menu">
          {row.locked && <p className="row-tools-note">{t("lockedNote")}</p>}
          {actions.map((a) => (
            <button key={a.key} type="button" data-action={a.key} disabled={pending} onClick={() => run(a.edit)}>
              {a.label}
            </button>
          ))}
          {error && (
            <p role="alert" className="editor-error">
              {error}
            </p>
          )}
        </div>
      )}
    </details>
  );
}
