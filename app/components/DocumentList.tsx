import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { LibraryPage } from "@/lib/documents/list-documents";
import { ExportMenu } from "./ExportMenu";
import { LazyExportMenu } from "./LazyExportMenu";
import { Progress } from "./Progress";
import { PublishedDate } from "./PublishedDate";
import { ReadProgress } from "./ReadProgress";

const percent = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 0);

export function DocumentList({ library, query }: { library: LibraryPage; query: string }) {
  const t = useTranslations("Library");
  const locale = useLocale();
  const { documents } = library;
  if (!documents.length && query) return <p className="empty">{t("noMatch", { query })}</p>;
  if (!documents.length) {
    return (
      <div className="empty">
        <h2>{t("emptyTitle")}</h2>
        <p>{t.rich("emptyHelp", { link: (chunks) => <Link href="/import">{chunks}</Link> })}</p>
        <pre>npm run import -- article.txt --en article.en.txt</pre>
      </div>
    );
  }
  return (
    <>
      <div className="library-bar">
        <p className="count">
          {library.pages > 1
            ? t("countRange", { first: (library.page - 1) * library.pageSize + 1, last: (library.page - 1) * library.pageSize + documents.length, count: library.total })
            : t("count", { count: library.total })}
        </p>
        <ExportMenu />
      </div>
      <ol className="documents">
        {documents.map((d) => (
          <li key={d.slug} className="document-card" data-slug={d.slug}>
            <h2 lang="fr">
              <Link href={`/documents/${d.slug}`} className="card-link">
                {d.titleFr}
              </Link>
            </h2>
            {d.titleEn && (
              <p lang="en" className="title-en">
                {d.titleEn}
              </p>
            )}
            <p className="meta">
              {d.source && <span>{d.source}</span>}
              {d.publishedOn ? <PublishedDate iso={d.publishedOn} /> : <span>{t("undated")}</span>}
              {/* Both counts, each named: paragraphs merged or split in translation make rows and paragraphs differ. */}
              <span className="meta-paragraphs">{t("paragraphs", { count: d.frenchParagraphs })}</span>
              <span className="meta-rows" title={t("rowsTitle")}>
                {t("rows", { count: d.rows })}
              </span>
              {d.glossaryFlags > 0 && (
                <span className="meta-warning" data-glossary-flags={d.glossaryFlags}>
                  {t("glossaryFlags", { count: d.glossaryFlags })}
                </span>
              )}
            </p>
            <div className="progress-list">
              <Progress label={t("alignedLabel")} percent={percent(d.alignedParagraphs, d.frenchParagraphs)} />
              <Progress label={t("reviewedLabel")} percent={percent(d.reviewedParagraphs, d.englishParagraphs)} />
              <ReadProgress slug={d.slug} />
            </div>
            <LazyExportMenu slug={d.slug} readerHref={`/${locale}/documents/${d.slug}`} />
          </li>
        ))}
      </ol>
    </>
  );
}
