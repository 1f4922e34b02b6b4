import { EXPORT_FORMATS } from "@/lib/export/formats";

/** One download: its format and the GET /api/export address (lib/export/download.ts). */
export interface ExportLink {
  key: string;
  format: string;
  href: string;
  /** Key under the Export namespace's `formats`. */
  label: string;
}

/** Every export format's download for a document (or, without a slug, the whole library). */
export function exportLinks(slug?: string): ExportLink[] {
  const scope = slug ? `doc=${encodeURIComponent(slug)}` : "all=1";
  const link = (format: string, label: string, extra = ""): ExportLink => ({ key: `${format}${extra}`, format, href: `/api/export?${scope}&format=${format}${extra}`, label });
  return EXPORT_FORMATS.flatMap((format) =>
    format === "txt"
      ? [link(format, "txtFr", "&side=fr"), link(format, "txtEn", "&side=en")]
      : format === "epub"
        ? [link(format, "epub"), link(format, "epubNotes", "&epubEnglish=notes")]
        : [link(format, format)],
  );
}
