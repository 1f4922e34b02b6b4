"use client";

import { useTranslations } from "next-intl";
import { importArticles, type ImportState } from "@/app/[locale]/import/actions";
import { useKeptFormAction } from "../useKeptFormAction";
import { FormAnswer } from "./FormAnswer";
import { ImportOptions } from "./ImportOptions";

const IDLE: ImportState = { status: "idle" };

/** A web page's address: the server fetches it (lib/import/fetch-article.ts: http(s) only, limits, no private hosts unless allowed). */
export function UrlImport() {
  const t = useTranslations("Import");
  const { state, formAction, pending, onSubmit, form } = useKeptFormAction(importArticles, IDLE, () => false);
  return (
    <section className="import-panel" aria-labelledby="import-url">
      <h2 id="import-url">{t("urlTitle")}</h2>
      <form ref={form} action={formAction} onSubmit={onSubmit} className="import-form" data-mode="url" aria-busy={pending}>
        <input type="hidden" name="mode" value="url" />
        <label className="import-field">
          <span>{t("urlLabel")}</span>
          <input type="url" name="url" required placeholder="https://" inputMode="url" />
        </label>
        <p className="import-help">{t("urlHelp")}</p>
        <ImportOptions idPrefix="url" />
        <button type="submit" disabled={pending}>
          {t("submit")}
        </button>
        <FormAnswer state={state} pending={pending} />
      </form>
    </section>
  );
}
