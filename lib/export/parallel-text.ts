import type { ExportDocument, ExportParagraph } from "./types";

/** One line of the .fr file and the matching line of the .en file. */
export interface ParallelLine {
  fr: string;
  en: string;
}

/**
 * A link's side on one line, as corpus tools (Moses, OPUS, fast_align) read it: paragraphs
 * joined by a space, tabs and line breaks inside them turned into spaces. An empty side
 * is an empty line, so line N of the .fr file always matches line N of the .en file.
 */
export const lineOf = (paragraphs: readonly ExportParagraph[]) =>
  paragraphs
    .map((p) => p.text)
    .join(" ")
    .replace(/[\t\n\r\v\f\u0085\u2028\u2029]+/g, " ");

/** Parallel plain text: one link per line in each file, documents one after the other. */
export async function* parallelLines(documents: AsyncIterable<ExportDocument>): AsyncGenerator<ParallelLine> {
  for await (const doc of documents) {
    for await (const row of doc.rows) yield { fr: lineOf(row.fr) + "\n", en: lineOf(row.en) + "\n" };
  }
}
