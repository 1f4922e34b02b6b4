"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ImportResultView } from "@/app/[locale]/import/actions";

/** Where an article stands on the page: chosen and waiting, being sent, or what the server answered. */
export type ImportStatus = "waiting" | "sending" | "created" | "updated" | "unchanged" | "refused";

export const statusOf = (result: ImportResultView): ImportStatus => (result.refused || !result.outcome ? "refused" : result.outcome);

/** One article's answer: its status, links to the documents written, and why it was refused or not aligned. */
export function ImportResult({ status, result }: { status: ImportStatus; result?: ImportResultView }) {
  const t = useTranslations("Import");
  return (
    <>
      <span className={`import-status status-${status}`}>{t(`status.${status}`)}</span>
      {result?.documents.map((d) => (
        <Link key={d.slug} href={`/documents/${d.slug}`} lang="fr" className="import-document">
          {d.title}
        </Link>
      ))}
      {result?.refused && <span className="import-error">{result.refused}</span>}
      {result?.alignFailed && <span className="import-warning">{t("notAligned", { reason: result.alignFailed })}</span>}
      {result?.spared && <span className="import-note">{t("spared", { title: result.spared.title })}</span>}
    </>
  );
}

/** The summary the command line prints too: "3 articles: 2 created, 0 updated, 0 unchanged, 1 refused." */
export function ImportSummary({ statuses }: { statuses: readonly ImportStatus[] }) {
  const t = useTranslations("Import");
  const count = (s: ImportStatus) => statuses.filter((x) => x === s).length;
  return t("summary", { total: statuses.length, created: count("created"), updated: count("updated"), unchanged: count("unchanged"), refused: count("refused") });
}

/** The answer to a form sent whole (pasted text, a web page, or files sent without JavaScript). */
export function ImportResults({ results }: { results: readonly ImportResultView[] }) {
  const t = useTranslations("Import");
  return (
    <div className="import-answer">
      <ol className="import-list" aria-label={t("results")}>
        {results.map((result, i) => (
          <li key={i} className="import-item" data-status={statusOf(result)}>
            <span className="import-name">{result.name}</span>
            <ImportResult status={statusOf(result)} result={result} />
          </li>
        ))}
      </ol>
      {results.length > 1 && (
        <p className="import-summary" role="status">
          <ImportSummary statuses={results.map(statusOf)} />
        </p>
      )}
    </div>
  );
}
