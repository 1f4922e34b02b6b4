import { useTranslations } from "next-intl";
import type { GlossaryKind } from "@/lib/glossary/kinds";
import { ActionForm } from "./ActionForm";
import { KindSelect } from "./KindSelect";
import { NoteFields } from "./NoteFields";

export { KindSelect };

/** The id of the entries' heading, where searches and page links land. */
export const ENTRIES_ANCHOR = "glossary-entries";

/** Starts extraction over every article; what it found is said here and listed among the candidates. */
export function ExtractCandidates() {
  const t = useTranslations("Glossary");
  return (
    <section className="glossary-extract" aria-labelledby="glossary-extract">
      <h2 id="glossary-extract" className="glossary-heading">{t("extractTitle")}</h2>
      <p className="glossary-help">{t("extractHelp")}</p>
      <ActionForm action="extractCandidates" className="glossary-extract-form">
        <button type="submit">{t("extract")}</button>
      </ActionForm>
    </section>
  );
}

/**
 * Search and kind filter: a plain GET form, so the filtered list has its own URL. The
 * action's fragment is kept by the browser (only the query is replaced), so the answer
 * opens scrolled to the results, not to the top of a long page.
 */
export function Filters({ q, kind }: { q: string; kind?: GlossaryKind }) {
  const t = useTranslations("Glossary");
  return (
    <form role="search" className="search glossary-filters" action={`#${ENTRIES_ANCHOR}`}>
      <label htmlFor="glossary-search" className="visually-hidden">
        {t("searchLabel")}
      </label>
      <input id="glossary-search" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} />
      <KindSelect name="kind" value={kind ?? ""} label={t("kindLabel")} withAll />
      <button type="submit">{t("search")}</button>
    </form>
  );
}

export function AddEntry() {
  const t = useTranslations("Glossary");
  return (
    <section className="glossary-panel" aria-labelledby="glossary-add">
      <h2 id="glossary-add">{t("addTitle")}</h2>
      <ActionForm action="createEntry" className="glossary-grid glossary-add-grid">
        <div className="wide">
          <KindSelect name="kind" label={t("kindLabel")} />
        </div>
        <label className="glossary-field">
          <span>{t("fr")}</span>
          <input name="fr" required lang="fr" />
        </label>
        <label className="glossary-field">
          <span>{t("en")}</span>
          <input name="en" required lang="en" />
        </label>
        <label className="glossary-field">
          <span>{t("variantsFr")} <small>{t("variantsHelp")}</small></span>
          <input name="variantsFr" lang="fr" />
        </label>
        <label className="glossary-field">
          <span>{t("variantsEn")} <small>{t("variantsHelp")}</small></span>
          <input name="variantsEn" lang="en" />
        </label>
        <NoteFields />
        <button type="submit">{t("add")}</button>
      </ActionForm>
    </section>
  );
}

export function Exchange() {
  const t = useTranslations("Glossary");
  return (
    <section className="glossary-panel" aria-labelledby="glossary-exchange">
      <h2 id="glossary-exchange">{t("exchangeTitle")}</h2>
      <p className="glossary-downloads">
        {t("download")} <a href="/api/glossary/export?format=csv" download>{t("downloadCsv")}</a>
        {" · "}
        <a href="/api/glossary/export?format=tbx" download>{t("downloadTbx")}</a>
      </p>
      <ActionForm action="importFile" className="glossary-upload">
        <label className="glossary-field">
          <span>{t("uploadLabel")}</span>
          <input type="file" name="file" accept=".csv,.tbx,text/csv,application/xml" required />
        </label>
        <p className="glossary-help">{t("uploadHelp")}</p>
        <button type="submit">{t("upload")}</button>
      </ActionForm>
    </section>
  );
}
