"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ActionForm } from "./ActionForm";

/**
 * The ✕ beside a variant asks first: "Remove? [Remove] [Cancel]", focus on Remove;
 * Escape or Cancel puts focus back on the ✕.
 */
export function RemoveVariant({ id, text }: { id: number; text: string }) {
  const t = useTranslations("Glossary");
  const [confirming, setConfirming] = useState(false);
  const ask = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (asked.current) ask.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const label = t("removeVariant", { text });
  // The form (and React's hidden fields for it) exists only while asking: a list of
  // thousands of variants ships one small button each. Without JavaScript, variants are
  // removed from the entry's edit form (EntryEditor).
  if (!confirming) {
    return (
      <button
        ref={ask}
        type="button"
        className="icon"
        aria-label={label}
        title={label}
        onClick={() => setConfirming(true)}
      >
        ×
      </button>
    );
  }
  return (
    <ActionForm action="deleteVariant" className="inline glossary-remove">
      <input type="hidden" name="variantId" value={id} />
      <span
        role="group"
        aria-label={label}
        className="glossary-confirm"
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            setConfirming(false);
          }
        }}
      >
        <span>{t("confirmRemove")}</span>
        <button ref={confirm} type="submit" className="danger small" data-confirm="remove">
          {t("remove")}
        </button>
        <button type="button" className="secondary small" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </button>
      </span>
    </ActionForm>
  );
}
