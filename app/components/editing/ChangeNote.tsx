"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { UndoAlignmentButton } from "./UndoAlignmentButton";

/**
 * When a row's alignment action last succeeded: the note it leads to takes the focus once,
 * if it comes soon after (the page refreshing its rows); a note drawn later does not.
 */
let changedAt = 0;
const FOCUS_WITHIN_MS = 10_000;
export const announceChange = () => {
  changedAt = Date.now();
};

/**
 * Under the row a hand change of the alignment made (the last one, which "undo" would take
 * back): what the change did, and its undo. Right after the change, its Undo button takes
 * the focus (the menu that made it is gone), described by the note, so a screen reader
 * says what happened.
 */
export function ChangeNote({ slug, action }: { slug: string; action: string }) {
  const t = useTranslations("Editor");
  const id = useId();
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (Date.now() - changedAt > FOCUS_WITHIN_MS) return;
    changedAt = 0;
    undo.current?.focus();
  }, []);
  return (
    <div className="change-note" data-change={action}>
      <span id={id}>{t("change", { action })}</span>
      <UndoAlignmentButton slug={slug} compact ref={undo} describedBy={id} />
    </div>
  );
}
