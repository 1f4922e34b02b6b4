"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useKeptFormAction } from "../../components/useKeptFormAction";
import { glossaryAction, type ActionState } from "./actions";

const IDLE: ActionState = { status: "idle" };

/**
 * A form that runs one glossary write and says how it went. Its fields are rendered by
 * the server page and passed as children; without JavaScript the form still posts. What
 * was typed stays after a refusal (a failed accept keeps its English), and is cleared
 * after a success.
 */
export function ActionForm({ action, className, children }: { action: string; className?: string; children: ReactNode }) {
  const t = useTranslations("Glossary");
  const { state, formAction, pending, onSubmit, form } = useKeptFormAction<ActionState>(glossaryAction, IDLE, (s) => s.status === "ok");
  let message: ReactNode = pending ? <p className="glossary-pending" role="status">{t("pending")}</p> : null;
  if (!pending && state.status === "error") message = <p className="glossary-message error" role="alert">{t("failed", { error: state.error })}</p>;
  if (!pending && state.status === "forbidden") message = <p className="glossary-message error" role="alert">{t("forbidden")}</p>;
  if (!pending && state.status === "ok") message = <p className="glossary-message ok" role="status">{okMessage(t, state)}</p>;
  return (
    <form ref={form} action={formAction} onSubmit={onSubmit} className={className} data-action={action} aria-busy={pending}>
      <input type="hidden" name="action" value={action} />
      {children}
      {message}
    </form>
  );
}

/** What a successful write says: the import's counts, the extraction's findings, or "Saved". */
function okMessage(t: ReturnType<typeof useTranslations<"Glossary">>, state: Extract<ActionState, { status: "ok" }>): string {
  const detail = state.detail;
  if (detail?.kind === "imported") return t("imported", detail);
  if (detail?.kind === "extracted") {
    if (!detail.pending) return t("extractedNone", { found: detail.found });
    const shown = detail.names.slice(0, EXTRACTED_NAMES_SHOWN).join(", ");
    return t("extracted", { found: detail.found, pending: detail.pending, names: detail.pending > EXTRACTED_NAMES_SHOWN ? `${shown}…` : shown });
  }
  return t("saved");
}

/** Names listed in the extraction's message; the candidates list below has them all. */
const EXTRACTED_NAMES_SHOWN = 8;
