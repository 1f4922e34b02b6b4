"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { exportLinks } from "./export-links";

/**
 * The download menu of a library card, built when opened: fifty cards of twelve links each
 * were most of the library page's HTML. Without JavaScript, the menu offers the document's
 * reader, whose own menu lists every download.
 */
export function LazyExportMenu({ slug, readerHref }: { slug: string; readerHref: string }) {
  const t = useTranslations("Export");
  const [open, setOpen] = useState(false);
  return (
    <details className="export-menu" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("download")}</summary>
      <ul>
        {open ? (
          exportLinks(slug).map((l) => (
            <li key={l.key}>
              <a href={l.href} download data-format={l.format}>
                {t(`formats.${l.label}` as "formats.tmx")}
              </a>
            </li>
          ))
        ) : (
          <li>
            <a href={readerHref}>{t("inReader")}</a>
          </li>
        )}
      </ul>
    </details>
  );
}
