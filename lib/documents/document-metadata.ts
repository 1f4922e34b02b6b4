/** What describes a document, as the reader, the library and the exports show it. */
export interface DocumentMetadata {
  slug: string;
  titleFr: string;
  titleEn: string | null;
  source: string | null;
  dateline: string | null;
  /** ISO date, possibly partial ("2025-06"). */
  publishedOn: string | null;
}
