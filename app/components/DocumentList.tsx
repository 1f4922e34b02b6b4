import { useFormatter, useTranslations } from "next-intl";
import type { DocumentSummary } from "@/lib/documents/list-documents";

const percent = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 0);

export function DocumentList({ documents, query }: { documents: DocumentSummary[]; query: string }) {
  const t = useTranslations("Library");
  const format = useFormatter();
  if (!documents.length && query) return <p className="empty">{t("noMatch", { query })}</p>;
  if (!documents.length) {
    return (
      <div className="empty">
        <h2>{t("emptyTitle")}</h2>
        <p>{t("emptyHelp")}</p>
        <pre>npm run import -- article.txt --en article.en.txt</pre>
      </div>
    );
  }
  return (
    <>
      <p className="count">{t("count", { count: documents.length })}</p>
      <ol className="documents">
        {documents.map((d) => (
          <li key={d.slug} className="document-card" data-slug={d.slug}>
            <h2 lang="fr">{d.titleFr}</h2>
            {d.titleEn && <p lang="en" className="title-en">{d.titleEn}</p>}
            <p className="meta">
              {[d.source, d.publishedOn ?? t("undated"), t("paragraphs", { count: d.frenchParagraphs })]
                .filter(Boolean)
                .join(" · ")}
              {" · "}
              {t("aligned", { percent: format.number(percent(d.alignedParagraphs, d.frenchParagraphs)) })}
              {" · "}
              {t("reviewed", { percent: format.number(percent(d.reviewedParagraphs, d.englishParagraphs)) })}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
