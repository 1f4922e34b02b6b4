import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { StoredCandidate } from "@/lib/glossary/candidates";
import { ActionForm } from "./ActionForm";
import { KindSelect } from "./KindSelect";

/** Names found by extraction: accept (English form and kind editable first) or reject. */
export function Candidates({ candidates, total, titles }: { candidates: StoredCandidate[]; total: number; titles: Record<string, string> }) {
  const t = useTranslations("Glossary");
  return (
    <section className="glossary-candidates" aria-labelledby="glossary-candidates">
      <h2 id="glossary-candidates" className="glossary-heading">
        {t("candidatesTitle")} <span className="glossary-meta">· {t("candidatesCount", { count: total })}</span>
      </h2>
      <p className="glossary-help">{t("candidatesHelp")}</p>
      <ul className="glossary-candidate-list">
        {candidates.map((c) => (
          <li key={c.id} className="glossary-candidate" data-fr={c.fr}>
            <div className="glossary-candidate-name">
              <strong lang="fr">{c.fr}</strong>
              {c.variants.length > 0 && <span className="glossary-variants" lang="fr"> · {c.variants.join(", ")}</span>}
              <p className="glossary-meta">
                {t("occurrences", { count: c.occurrences })} ·{" "}
                {c.documents.map((slug, i) => (
                  <span key={slug}>
                    {i > 0 && ", "}
                    <Link href={`/documents/${slug}`} lang="fr">{titles[slug] ?? slug}</Link>
                  </span>
                ))}
              </p>
            </div>
            <ActionForm action="acceptCandidate" className="glossary-candidate-form">
              <input type="hidden" name="id" value={c.id} />
              <KindSelect name="kind" value={c.kind} label={t("kindLabel")} />
              <label className="glossary-field">
                <span>{t("en")}</span>
                <input name="en" defaultValue={c.en ?? ""} placeholder={t("unknownEnglish")} lang="en" required />
              </label>
              <button type="submit" className="accept">{t("accept")}</button>
            </ActionForm>
            <ActionForm action="rejectCandidate" className="glossary-candidate-reject">
              <input type="hidden" name="id" value={c.id} />
              <button type="submit" className="secondary">{t("reject")}</button>
            </ActionForm>
          </li>
        ))}
      </ul>
    </section>
  );
}
