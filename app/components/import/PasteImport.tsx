"use client";

import { useTranslations } from "next-intl";
import { importArticles, type ImportState } from "@/app/[locale]/import/actions";
import { useKeptFormAction } from "../useKeptFormAction";
import { FormAnswer } from "./FormAnswer";
import { ImportOptions } from "./ImportOptions";

const IDLE: ImportState = { status: "idle" };

/** French and English pasted into two boxes; the text stays there whatever the answer. */
export function PasteImport() {
  const t = useTranslations("Import");
  const { state, formAction, pending, onSubmit, form } = useKeptFormAction(importArticles, IDLE, () => false);
  return (
    <section className="import-panel" aria-labelledby="import-paste">
      <h2 id="import-paste">{t("pasteTitle")}</h2>
      <form ref={form} action={formAction} onSubmit={onSubmit} className="import-form" data-mode="paste" aria-busy={pending}>
        <input type="hidden" name="mode" value="paste" />
        <div className="import-columns">
          <label className="import-field">
            <span>{t("frenchText")}</span>
            <textarea name="french" lang="fr" rows={10} required />
          </label>
          <label className="import-field">
            <span>{t("englishText")}</span>
            <textarea name="english" lang="en" rows={10} />
          </label>
        </div>
        <p className="import-help">{t("pasteHelp")}</p>
        <label className="import-field import-inline">
          <span>{t("format")}</span>
          <select name="format" defaultValue="text">
            {(["text", "markdown", "html"] as const).map((f) => (
              <option key={f} value={f}>
                {t(`formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <ImportOptions idPrefix="paste" withReplace={false} />
        <button type="submit" disabled={pending}>
          {t("submit")}
        </button>
        <FormAnswer state={state} pending={pending} />
      </form>
    </section>
  );
}
