"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { glossaryAction, type ActionState } from "./actions";

/**
 * A form that runs one glossary write and says how it went. Its fields are rendered by
 * the server page and passed as children; without JavaScript the form still posts.
 */
export function ActionForm({ action, className, children }: { action: string; className?: string; children: ReactNode }) {
  const t = useTranslations("Glossary");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(glossaryAction, { status: "idle" });
  let message: ReactNode = pending ? <p className="glossary-pending" role="status">{t("pending")}</p> : null;
  if (!pending && state.status === "error") message = <p className="glossary-message error" role="alert">{t("failed", { error: state.error })}</p>;
  if (!pending && state.status === "forbidden") message = <p className="glossary-message error" role="alert">{t("forbidden")}</p>;
  if (!pending && state.status === "ok") {
    const [created, updated, unchanged] = (state.detail ?? "").split("/");
    const text = state.detail ? t("imported", { created, updated, unchanged }) : t("saved");
    message = <p className="glossary-message ok" role="status">{text}</p>;
  }
  return (
    <form action={formAction} className={className} data-action={action} aria-busy={pending}>
      <input type="hidden" name="action" value={action} />
      {children}
      {message}
    </form>
  );
}
