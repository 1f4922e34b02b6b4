import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { GlossaryFlag } from "@/lib/glossary/check";

/** The consistency check's flags, by document: what the French names and the English lacks. */
export function Flags({ flags, total, titles }: { flags: GlossaryFlag[]; total: number; titles: Record<string, string> }) {
  const t = useTranslations("Glossary");
  return (
    <section className="glossary-flags" aria-labelledby="glossary-flags">
      <h2 id="glossary-flags" className="glossary-heading">
        {t("checkTitle")} {total > 0 && <span className="glossary-meta">· {total}</span>}
      </h2>
      <p className="glossary-help">{t("checkHelp")}</p>
      {flags.length ? (
        <ul className="glossary-flag-list">
          {flags.map((f) => (
            <li key={`${f.linkId}-${f.entryId}`} data-doc={f.doc} data-entry-id={f.entryId}>
              <Link href={`/documents/${f.doc}`} lang="fr">{titles[f.doc] ?? f.doc}</Link>
              {" — "}
              {t("checkFlag", { fr: f.fr, expected: f.accepted.map((text) => t("quoted", { text })).join(", ") })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="glossary-meta">{t("checkNone")}</p>
      )}
    </section>
  );
}
