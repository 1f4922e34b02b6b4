"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type Ref } from "react";
import { undoAlignmentAction } from "@/app/[locale]/documents/[slug]/actions";
import { callWrite, failureMessage } from "./call-write";

/**
 * Takes back the last hand change of the alignment (and the one before, when pressed
 * again). Shown only when there is something to undo: in the header, and next to the row
 * the change made (`compact`, with a short label, reached with the row's arrow keys).
 */
export function UndoAlignmentButton({ slug, compact = false, ref, describedBy }: { slug: string; compact?: boolean; ref?: Ref<HTMLButtonElement>; describedBy?: string }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const undo = () =>
    startTransition(async () => {
      const result = await callWrite(() => undoAlignmentAction(slug));
      if (!result.ok) setMessage(result.code === "failed" ? t("actionFailed") : failureMessage(result, t));
      else if (result.value === null) setMessage(t("nothingToUndo"));
      else {
        setMessage(null);
        router.refresh();
      }
    });
  return (
    <span className="undo-alignment">
      <button ref={ref} type="button" data-action="undo-alignment" onClick={undo} disabled={pending} tabIndex={compact ? -1 : undefined} aria-describedby={describedBy}>
        {compact ? t("undo") : t("undoAlignment")}
      </button>
      {message && <span role="status">{message}</span>}
    </span>
  );
}
