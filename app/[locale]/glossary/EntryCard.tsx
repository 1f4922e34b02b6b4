import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { GlossaryListItem } from "@/lib/glossary/entries";
import { ActionForm } from "./ActionForm";
import { KindSelect } from "./Toolbar";

/** One entry: forms in both languages, variants, note, documents; editing folds away. */
export function EntryCard({ entry }: { entry: GlossaryListItem }) {
  const t = useTranslations("Glossary");
  return (
    <li className="glossary-entry" data-fr={entry.fr} id={`entry-${entry.id}`}>
      <div className="glossary-entry-head">
        <span className={`glossary-kind kind-${entry.kind}`}>{t(`kinds.${entry.kind}`)}</span>
        <span lang="fr" className="glossary-fr">{entry.fr}</span>
        <span aria-hidden="true" className="glossary-arrow">→</span>
        <span lang="en" className="glossary-en">{entry.en}</span>
      </div>
      {entry.note && <p className="glossary-note" lang="en">{entry.note}</p>}
      {entry.variantRows.length > 0 && (
        <ul className="glossary-variant-list" aria-label={t("variants")}>
          {entry.variantRows.map((v) => (
            <li key={v.id} lang={v.lang}>
              <span className="glossary-lang">{v.lang}</span> {v.text}
              <ActionForm action="deleteVariant" className="inline">
                <input type="hidden" name="variantId" value={v.id} />
                <button type="submit" className="icon" aria-label={t("removeVariant", { text: v.text })} title={t("removeVariant", { text: v.text })}>×</button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <div className="glossary-meta glossary-documents">
        {entry.documents.length ? (
          <>
            <span>{t("occursIn")}</span>
            <ul>
              {entry.documents.map((d) => (
                <li key={d.slug}>
                  <Link href={`/documents/${d.slug}`} lang="fr">{d.title}</Link> ({t("timesIn", { count: d.count })})
                </li>
              ))}
            </ul>
          </>
        ) : (
          t("occursNowhere")
        )}
      </div>
      <details className="glossary-edit">
        <summary>{t("edit")}</summary>
        <ActionForm action="updateEntry" className="glossary-grid">
          <input type="hidden" name="id" value={entry.id} />
          <KindSelect name="kind" value={entry.kind} label={t("kindLabel")} />
          <label className="glossary-field">
            <span>{t("fr")}</span>
            <input name="fr" defaultValue={entry.fr} required lang="fr" />
          </label>
          <label className="glossary-field">
            <span>{t("en")}</span>
            <input name="en" defaultValue={entry.en} required lang="en" />
          </label>
          <label className="glossary-field wide">
            <span>{t("note")}</span>
            <input name="note" defaultValue={entry.note ?? ""} lang="en" />
          </label>
          <button type="submit">{t("save")}</button>
        </ActionForm>
        <ActionForm action="addVariant" className="glossary-grid">
          <input type="hidden" name="entryId" value={entry.id} />
          <label className="glossary-field">
            <span>{t("language")}</span>
            <select name="lang" defaultValue="fr">
              <option value="fr">{t("fr")}</option>
              <option value="en">{t("en")}</option>
            </select>
          </label>
          <label className="glossary-field">
            <span>{t("variantText")}</span>
            <input name="text" required />
          </label>
          <button type="submit">{t("addVariant")}</button>
        </ActionForm>
        <ActionForm action="deleteEntry" className="glossary-delete">
          <input type="hidden" name="id" value={entry.id} />
          <button type="submit" className="danger">{t("deleteEntry")}</button>
        </ActionForm>
      </details>
    </li>
  );
}
