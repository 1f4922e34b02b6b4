import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { GlossaryListItem } from "@/lib/glossary/entries";
import { noteFor } from "@/lib/glossary/note-for";
import { EntryEditor } from "./EntryEditor";
import { RemoveVariant } from "./RemoveVariant";

/**
 * One entry: forms in both languages, variants, the note in the interface's language, documents. Its edit forms are built
 * when "Edit" is opened (see EntryEditor), or by the server when `editing` (no JavaScript).
 */
export function EntryCard({ entry, editing = false, editHref }: { entry: GlossaryListItem; editing?: boolean; editHref: string }) {
  const t = useTranslations("Glossary");
  const note = noteFor(entry, useLocale());
  return (
    <li className="glossary-entry" data-fr={entry.fr} id={`entry-${entry.id}`}>
      <div className="glossary-entry-head">
        <span className={`glossary-kind kind-${entry.kind}`}>{t(`kinds.${entry.kind}`)}</span>
        <span lang="fr" className="glossary-fr">{entry.fr}</span>
        <span aria-hidden="true" className="glossary-arrow">→</span>
        <span lang="en" className="glossary-en">{entry.en}</span>
      </div>
      {note && (
        <p className="glossary-note" lang={note.lang}>
          {note.text}
        </p>
      )}
      {entry.variantRows.length > 0 && (
        <ul className="glossary-variant-list" aria-label={t("variants")}>
          {entry.variantRows.map((v) => (
            <li key={v.id} lang={v.lang}>
              <span className="glossary-lang">{v.lang}</span> {v.text}
              <RemoveVariant id={v.id} text={v.text} />
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
            {entry.documentCount > entry.documents.length && <span>{t("moreDocuments", { count: entry.documentCount - entry.documents.length })}</span>}
          </>
        ) : (
          t("occursNowhere")
        )}
      </div>
      <EntryEditor
        entry={{ id: entry.id, kind: entry.kind, fr: entry.fr, en: entry.en, note: entry.note ?? null, noteFr: entry.noteFr ?? null, variants: entry.variantRows }}
        initiallyOpen={editing}
        noScriptHref={editHref}
      />
    </li>
  );
}
