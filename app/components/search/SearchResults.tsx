import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { documentRowPath } from "@/lib/search/links";
import type { SearchHit, SearchResults as Results } from "@/lib/search/search-library";
import { PublishedDate } from "../PublishedDate";
import { FoundCell } from "./FoundCell";

/** Consecutive hits of one document, shown under its title. */
function byDocument(hits: SearchHit[]): SearchHit[][] {
  const groups: SearchHit[][] = [];
  for (const hit of hits) {
    const last = groups[groups.length - 1];
    if (last && last[0].document.id === hit.document.id) last.push(hit);
    else groups.push([hit]);
  }
  return groups;
}

/**
 * A page of results: per document, its title and how many of its rows match, then each
 * matching row, French and English side by side with the words marked, leading to the
 * row in the reader (which opens with the same words marked).
 */
export function SearchResults({ results }: { results: Results }) {
  const t = useTranslations("Search");
  const { query, total, page, pageSize, hits } = results;
  const first = (page - 1) * pageSize + 1;
  return (
    <>
      <p className="count" aria-live="polite">
        {results.pages > 1
          ? t("countRange", { first, last: first + hits.length - 1, count: total, documents: results.documents })
          : t("count", { count: total, documents: results.documents })}
      </p>
      <ol className="search-results">
        {byDocument(hits).map((group) => {
          const { document } = group[0];
          return (
            <li key={`${document.id}-${group[0].row}`} className="search-document" data-slug={document.slug}>
              <h2 lang="fr">
                <Link href={`/documents/${document.slug}`}>{document.titleFr}</Link>
              </h2>
              {document.titleEn && (
                <p lang="en" className="title-en">
                  {document.titleEn}
                </p>
              )}
              <p className="meta">
                {document.source && <span>{document.source}</span>}
                {document.publishedOn && <PublishedDate iso={document.publishedOn} />}
                <span>{t("matches", { count: document.matches })}</span>
              </p>
              <ol className="search-hits">
                {group.map((hit) => (
                  <li key={hit.row} className="search-hit" data-row={hit.row}>
                    <Link className="hit-row" href={documentRowPath(document.slug, hit.row, query.text)} aria-label={t("openRow", { row: hit.row })}>
                      {t("row", { row: hit.row })}
                    </Link>
                    <FoundCell side="fr" paragraphs={hit.fr} empty={t("noFr")} />
                    <FoundCell side="en" paragraphs={hit.en} empty={t("noEn")} />
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ol>
    </>
  );
}
