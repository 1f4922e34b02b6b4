import { useTranslations } from "next-intl";
import { exportLinks } from "./export-links";

/** Downloads of the aligned text in every export format (GET /api/export, see lib/export/download.ts). */
export function ExportMenu({ slug }: { slug?: string }) {
  const t = useTranslations("Export");
  return (
    <details className="export-menu">
      <summary>{slug ? t("download") : t("downloadAll")}</summary>
      <ul>
        {exportLinks(slug).map((l) => (
          <li key={l.key}>
            <a href={l.href} download data-format={l.format}>
              {t(`formats.${l.label}` as "formats.tmx")}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
