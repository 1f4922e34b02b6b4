import { writeCsv, writeTsv } from "./delimited";
import { writeHtml } from "./html";
import { writeJson } from "./json";
import { writeMarkdown } from "./markdown";
import { writeTmx } from "./tmx";
import type { ExportWriter } from "./types";
import { writeXliff12 } from "./xliff12";
import { writeXliff21 } from "./xliff21";

export const EXPORT_FORMATS = ["tmx", "xliff", "xliff12", "tsv", "csv", "md", "html", "txt", "json", "epub"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface SingleFileFormat {
  kind: "file";
  /** File name extension, without the dot. */
  extension: string;
  contentType: string;
  writer: ExportWriter;
}

/** A bilingual e-book (EPUB 3, a ZIP archive): bytes, not text (see epub/export-epub.ts). */
export interface BookFormat {
  kind: "book";
  extension: string;
  contentType: string;
}

/** Parallel plain text: two files, <name>.fr and <name>.en (see parallel-text.ts). */
export interface ParallelFormat {
  kind: "parallel";
  contentType: string;
}

export const FORMATS: Record<ExportFormat, SingleFileFormat | ParallelFormat | BookFormat> = {
  tmx: { kind: "file", extension: "tmx", contentType: "application/x-tmx+xml; charset=utf-8", writer: writeTmx },
  xliff: { kind: "file", extension: "xlf", contentType: "application/xliff+xml; charset=utf-8", writer: writeXliff21 },
  xliff12: { kind: "file", extension: "xlf", contentType: "application/x-xliff+xml; charset=utf-8", writer: writeXliff12 },
  tsv: { kind: "file", extension: "tsv", contentType: "text/tab-separated-values; charset=utf-8", writer: writeTsv },
  csv: { kind: "file", extension: "csv", contentType: "text/csv; charset=utf-8; header=present", writer: writeCsv },
  md: { kind: "file", extension: "md", contentType: "text/markdown; charset=utf-8", writer: writeMarkdown },
  html: { kind: "file", extension: "html", contentType: "text/html; charset=utf-8", writer: writeHtml },
  json: { kind: "file", extension: "json", contentType: "application/json; charset=utf-8", writer: writeJson },
  txt: { kind: "parallel", contentType: "text/plain; charset=utf-8" },
  epub: { kind: "book", extension: "epub", contentType: "application/epub+zip" },
};

export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

/**
 * The download's file name: <slug>.<ext>, or vis-a-vis.<ext> for every document; xliff12
 * is <name>.xliff12.xlf and the parallel text sides are <name>.fr / <name>.en.
 */
export function exportFileName(format: ExportFormat, name: string, side?: "fr" | "en"): string {
  const spec = FORMATS[format];
  if (spec.kind === "parallel") return `${name}.${side ?? "fr"}`;
  return format === "xliff12" ? `${name}.xliff12.${spec.extension}` : `${name}.${spec.extension}`;
}
