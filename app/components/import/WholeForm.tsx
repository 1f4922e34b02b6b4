"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { importArticles, type ImportState } from "@/app/[locale]/import/actions";
import { useKeptFormAction } from "../useKeptFormAction";
import { FormAnswer } from "./FormAnswer";
import { ImportOptions } from "./ImportOptions";

const IDLE: ImportState = { status: "idle" };

/**
 * A panel whose form is sent whole, in one request (pasted text, a web address): its
 * fields as children, then the options, the button and the answer. What was typed stays
 * whatever the answer, so that a refused text can be corrected rather than pasted again.
 */
export function WholeForm({ mode, title, withReplace = true, children }: { mode: "paste" | "url"; title: string; withReplace?: boolean; children: ReactNode }) {
  const t = useTranslations("Import");
  const { state, formAction, pending, onSubmit, form } = useKeptFormAction(importArticles, IDLE, () => false);
  return (
    <section className="import-panel" aria-labelledby={`import-${mode}`}>
      <h2 id={`import-${mode}`}>{title}</h2>
      <form ref={form} action={formAction} onSubmit={onSubmit} className="import-form" data-mode={mode} aria-busy={pending}>
        <input type="hidden" name="mode" value={mode} />
        {children}
        <ImportOptions idPrefix={mode} withReplace={withReplace} />
        <button type="submit" disabled={pending}>
          {t("submit")}
        </button>
        <FormAnswer state={state} pending={pending} />
      </form>
    </section>
  );
}
