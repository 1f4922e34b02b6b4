import { useTranslations } from "next-intl";
import type { GlossaryKind } from "@/lib/glossary/kinds";
import { ActionForm } from "./ActionForm";
import { KindSelect } from "./KindSelect";

export { KindSelect };

/** Search and kind filter: a plain GET form, so the filtered list has its own URL. */
export function Filters({ q, kind }: { q: string; kind?: GlossaryKind }) {
  const t = useTranslations("Glossary");
  return (
    <form role="search" className="search glossary-filters" action="">
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
        <label className="glossary-field wide">
          <span>{t("note")}</span>
          <input name="note" lang="en" />
        </label>
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
