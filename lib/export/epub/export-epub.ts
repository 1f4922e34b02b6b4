import type { Db } from "../../db/client";
import { UserError } from "../../errors";
import { loadGlossaryTerms } from "../../glossary/load-terms";
import { contextOf, type ExportOptions } from "../export";
import { checkSelection, exportDocuments } from "../source";
import type { EnglishLayout } from "./layout";
import { writeEpub } from "./write-epub";

export interface EpubExportOptions extends Omit<ExportOptions, "format"> {
  /** Where the English goes: after the French (default), or in pop-up footnotes. */
  english?: EnglishLayout;
}

/**
 * The selected documents as one bilingual EPUB 3 book, its bytes produced as they are
 * read. Fails with a UserError before any byte when the selection names no document (an
 * unknown slug, or every document of an empty library: a book needs a chapter).
 */
export async function exportEpub(db: Db, options: EpubExportOptions): Promise<AsyncIterable<Uint8Array>> {
  const context = contextOf({ ...options, format: "epub" });
  await checkSelection(db, options);
  if (options.slug === undefined && (await db.document.count()) === 0) throw new UserError({ code: "noDocuments", field: "documents", problem: "no document to export" });
  const glossary = await loadGlossaryTerms(db);
  return writeEpub(exportDocuments(db, options), { ...context, layout: options.english ?? "inline", glossary });
}
