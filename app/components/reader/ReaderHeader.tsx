import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ReaderPage } from "@/lib/reader/load-reader";
import { rowHref } from "@/lib/reader/windows";
import { UndoAlignmentButton } from "../editing/UndoAlignmentButton";
import { ExportMenu } from "../ExportMenu";
import { PublishedDate } from "../PublishedDate";

/** Above the text: the way back, where the article comes from, what needs a look. */
export function ReaderHeader({ document, editable }: { document: ReaderPage; editable: boolean }) {
  const t = useTranslations("Reader");
  const { window } = document;
  const hasTitleRow = window.rows.some((r) => r.fr.some((p) => p.kind === "title"));
  // The counts lead to the first such row from this window on (else the nearest before it).
  const lead = (inWindow: number | undefined, mark: ReaderPage["checks"]) => {
    const row = inWindow ?? mark.next ?? mark.previous;
    return row === null ? undefined : rowHref(row, window.first);
  };
  return (
    <header className="reader-header">
      <Link href="/" className="back">
        {t("backToLibrary")}
      </Link>
      {!hasTitleRow && (
        <h1 className="reader-title" lang="fr">
          {document.titleFr}
        </h1>
      )}
      <p className="meta">
        {document.source && <span>{document.source}</span>}
        {document.publishedOn && <PublishedDate iso={document.publishedOn} />}
        {document.aligned && <span>{t("rows", { count: document.totalRows })}</span>}
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
      <div className="reader-actions">
        <ExportMenu slug={document.slug} />
        {editable && document.aligned && <UndoAlignmentButton slug={document.slug} />}
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
