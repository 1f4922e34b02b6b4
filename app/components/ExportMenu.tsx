import { useTranslations } from "next-intl";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/export/formats";

/** Downloads of the aligned text in every export format (GET /api/export, see lib/export/download.ts). */
export function ExportMenu({ slug }: { slug?: string }) {
  const t = useTranslations("Export");
  const scope = slug ? `doc=${encodeURIComponent(slug)}` : "all=1";
  const link = (format: ExportFormat, label: string, side?: "fr" | "en", english?: "notes") => (
    <li key={`${format}${side ?? ""}${english ?? ""}`}>
      <a href={`/api/export?${scope}&format=${format}${side ? `&side=${side}` : ""}${english ? `&epubEnglish=${english}` : ""}`} download data-format={format}>
        {label}
      </a>
    </li>
  );
  return (
    <details className="export-menu">
      <summary>{slug ? t("download") : t("downloadAll")}</summary>
      <ul>
        {EXPORT_FORMATS.flatMap((format) =>
          format === "txt"
            ? [link(format, t("formats.txtFr"), "fr"), link(format, t("formats.txtEn"), "en")]
            : format === "epub"
              ? [link(format, t("formats.epub")), link(format, t("formats.epubNotes"), undefined, "notes")]
              : [link(format, t(`formats.${format}`))],
        )}
      </ul>
    </details>
  );
}
