"use client";

import { useTranslations } from "next-intl";
import type { ImportState } from "@/app/[locale]/import/actions";
import { ImportResults } from "./ImportResult";

/** What the server said to a whole form: each article's result, or why nothing was done (no write access, a field missing). */
export function FormAnswer({ state, pending }: { state: ImportState; pending: boolean }) {
  const t = useTranslations("Import");
  if (pending) return <p className="import-progress" role="status">{t("status.sending")}</p>;
  if (!("ok" in state)) return null;
  if (state.ok) return <ImportResults results={state.value} />;
  return (
    <p className="import-error" role="alert">
      {state.code === "forbidden" ? t("forbidden") : state.message}
    </p>
  );
}
