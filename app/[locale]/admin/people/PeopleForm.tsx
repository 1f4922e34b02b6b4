"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { peopleAction, type PeopleState } from "./actions";

/**
 * A form that makes one change on the People page and says how it went; its fields come
 * from the server page as children. Without JavaScript the form still posts.
 */
export function PeopleForm({ action, id, className, children }: { action: string; id?: number; className?: string; children: ReactNode }) {
  const t = useTranslations("People");
  const [state, formAction, pending] = useActionState<PeopleState, FormData>(peopleAction, { status: "idle" });
  let message: ReactNode = null;
  if (pending) message = <span role="status">{t("pending")}</span>;
  else if (state.status === "forbidden") message = <span role="alert" className="error">{t("forbidden")}</span>;
  else if (state.status === "error") message = <span role="alert" className="error">{t("failed", { error: state.error })}</span>;
  else if (state.status === "ok") {
    message = state.shown ? (
      <span role="status" className="shown-password">
        {t("shownOnce", { name: state.shown.name, password: state.shown.password })}
      </span>
    ) : (
      <span role="status">{t("saved")}</span>
    );
  }
  return (
    <form action={formAction} className={className} data-action={action} aria-busy={pending}>
      <input type="hidden" name="action" value={action} />
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      {children}
      {message && <p className="people-message">{message}</p>}
    </form>
  );
}
