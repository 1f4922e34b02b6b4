import type { DocumentMetadata } from "../../documents/document-metadata";

/** A content document of the book, in reading order; `href` is relative to the package folder. */
export interface BookItem {
  id: string;
  href: string;
}

/** An entry of the table of contents: a document, or a subheading inside one. */
export interface TocEntry {
  href: string;
  text: string;
  children: TocEntry[];
}

/** The folder of the package document and of everything it lists (OCF lets us choose). */
export const PACKAGE_DIR = "EPUB";

/**
 * What the book has become while its chapters are written: the package document, the
 * navigation and the glossary are written last, from this (never from the text itself).
 */
export class Book {
  readonly items: BookItem[] = [];
  readonly toc: TocEntry[] = [];
  readonly documents: DocumentMetadata[] = [];
  /** The latest change to anything in the book: the package's dcterms:modified. */
  modified = new Date(0);

  touch(date: Date): void {
    if (date > this.modified) this.modified = date;
  }
}
