import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ReaderPage } from "@/lib/reader/load-reader";
import { frenchTypography } from "@/lib/text/french-typography";
import { rowHref } from "@/lib/reader/windows";
import { UndoAlignmentButton } from "../editing/UndoAlignmentButton";
import { ExportMenu } from "../ExportMenu";
import { PublishedDate } from "../PublishedDate";
import { RowFilterNav } from "./RowFilterNav";

/** Above the text: the way back, where the article comes from, how far its review has come, what needs a look. */
export function ReaderHeader({ document, editable }: { document: ReaderPage; editable: boolean }) {
  const t = useTranslations("Reader");
  const editor = useTranslations("Editor");
  const { window, review, lastChange } = document;
  const hasTitleRow = window.rows.some((r) => r.fr.some((p) => p.kind === "title"));
  // Row links are the whole document's: on a filtered list, a row's window opens.
  const first = window.filtered ? undefined : window.first;
  // The counts lead to the first such row from this window on (else the nearest before it).
  const lead = (inWindow: number | undefined, mark: ReaderPage["checks"]) => {
    const row = inWindow ?? mark.next ?? mark.previous;
    return row === null ? undefined : rowHref(row, first);
  };
  const changedRow = lastChange?.rows[0];
  return (
    <header className="reader-header">
      <Link href="/" className="back">
        {t("backToLibrary")}
      </Link>
      {!hasTitleRow && (
        <h1 className="reader-title" lang="fr">
          {frenchTypography(document.titleFr)}
        </h1>
      )}
      <p className="meta">
        {document.source && <span>{document.source}</span>}
        {document.publishedOn && <PublishedDate iso={document.publishedOn} />}
        {document.aligned && <span>{t("rows", { count: document.totalRows })}</span>}
        {review.english > 0 && (
          <span className="review-share" data-reviewed={review.reviewed} data-english={review.english}>
            {t("reviewShare", { reviewed: review.reviewed, english: review.english, share: review.reviewed / review.english })}
          </span>
        )}
        {document.checks.count > 0 && (
          <a className="meta-warning" data-count="check" href={lead(window.rows.find((r) => r.lowConfidence)?.row, document.checks)}>
            {t("lowConfidenceCount", { count: document.checks.count })}
          </a>
        )}
        {document.flags.count > 0 && (
          <a className="meta-warning" data-count="flag" href={lead(window.rows.find((r) => r.flags.length)?.row, document.flags)}>
            {t("glossaryFlagCount", { count: document.flags.count })}
          </a>
        )}
      </p>
      {document.aligned && <RowFilterNav document={document} />}
      <div className="reader-actions">
        <ExportMenu slug={document.slug} />
        <details className="keys-help">
          <summary>{t("keysLabel")}</summary>
          <p>{t("keys")}</p>
        </details>
        {editable && lastChange && (
          <p className="last-change" data-action={lastChange.action}>
            <span>{t("lastChange")}</span>{" "}
            {changedRow !== undefined && (
              <>
                <a href={rowHref(changedRow, first)}>{t("lastChangeRow", { row: changedRow })}</a>
                {" · "}
              </>
            )}
            <span>{editor("change", { action: lastChange.action })}</span> <UndoAlignmentButton slug={document.slug} />
          </p>
        )}
      </div>
      {!document.aligned && document.totalRows > 0 && (
        <p className="notice" role="note">
          {!document.hasEnglish
            ? t.rich("noEnglish", { code: (chunks) => <code>{chunks}</code> })
            : t.rich("notAligned", { code: (chunks) => <code>{chunks}</code> })}
        </p>
      )}
    </header>
  );
}
