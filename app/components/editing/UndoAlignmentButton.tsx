"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { undoAlignmentAction } from "@/app/[locale]/documents/[slug]/actions";

/** Takes back the last hand change of the alignment (and the one before, when pressed again). */
export function UndoAlignmentButton({ slug }: { slug: string }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const undo = () =>
    startTransition(async () => {
      const result = await undoAlignmentAction(slug);
      if (!result.ok) setMessage(result.code === "forbidden" ? t("forbidden") : result.message);
      else if (result.value === null) setMessage(t("nothingToUndo"));
      else {
        setMessage(null);
        router.refresh();
      }
    });
  return (
    <span className="undo-alignment">
      <button type="button" data-action="undo-alignment" onClick={undo} disabled={pending}>
        {t("undoAlignment")}
      </button>
      {message && <span role="status">{message}</span>}
    </span>
  );
}
