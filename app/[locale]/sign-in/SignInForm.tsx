"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";

/** Name and password; without JavaScript the form still posts and the page answers. */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("Auth");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { status: "idle" });
  return (
    <form action={action} className="sign-in-form" aria-busy={pending}>
      <input type="hidden" name="next" value={next} />
      <label>
        <span>{t("name")}</span>
        <input name="name" autoComplete="username" required autoFocus maxLength={64} />
      </label>
      <label>
        <span>{t("password")}</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {state.status === "error" && (
        <p className="sign-in-error" role="alert">
          {state.reason === "limited" ? t("limited", { scope: state.scope, minutes: state.minutes }) : t(state.reason)}
        </p>
      )}
      <button type="submit" disabled={pending}>{pending ? t("pending") : t("submit")}</button>
    </form>
  );
}
