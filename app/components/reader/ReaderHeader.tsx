import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ReaderDocument } from "@/lib/reader/load-reader";
import { UndoAlignmentButton } from "../editing/UndoAlignmentButton";
import { ExportMenu } from "../ExportMenu";
import { PublishedDate } from "../PublishedDate";

/** Above the text: the way back, where the article comes from, what needs a look. */
export function ReaderHeader({ document, editable }: { document: ReaderDocument; editable: boolean }) {
  const t = useTranslations("Reader");
  const hasTitleRow = document.rows.some((r) => r.fr.some((p) => p.kind === "title"));
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
        {document.aligned && <span>{t("rows", { count: document.rows.length })}</span>}
        {document.lowConfidenceLinks > 0 && (
          <a className="meta-warning" href={`#link-${document.rows.find((r) => r.lowConfidence)?.linkId}`}>
            {t("lowConfidenceCount", { count: document.lowConfidenceLinks })}
          </a>
        )}
        {document.glossaryFlags > 0 && (
          <a className="meta-warning" href={`#link-${document.rows.find((r) => r.flags.length)?.linkId}`}>
            {t("glossaryFlagCount", { count: document.glossaryFlags })}
          </a>
        )}
      </p>
      <div className="reader-actions">
        <ExportMenu slug={document.slug} />
        {editable && document.aligned && <UndoAlignmentButton slug={document.slug} />}
      </div>
      {!document.aligned && document.rows.length > 0 && (
        <p className="notice" role="note">
          {document.rows.every((r) => !r.en.length)
            ? t.rich("noEnglish", { code: (chunks) => <code>{chunks}</code> })
            : t.rich("notAligned", { code: (chunks) => <code>{chunks}</code> })}
        </p>
      )}
    </header>
  );
}
