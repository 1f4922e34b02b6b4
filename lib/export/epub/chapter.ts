import type { ExportDocument, ExportRow } from "../types";
import { xmlSafeText } from "../segment";
import { Book, PACKAGE_DIR, type TocEntry } from "./book";
import type { NamedEntries } from "./named-entries";
import { rowId, rowXhtml, type RowSettings } from "./row";
import { langAttributes, plainText, XHTML_FOOT, xhtmlHead } from "./xhtml";
import type { ZipEntry } from "./zip";

/**
 * A document is cut into content files of about this many characters, between rows:
 * reading systems (e-ink ones above all) slow down or fail on very large XHTML files, and
 * the usual advice is to keep them to a few hundred kilobytes.
 */
export const PART_CHARS = 200_000;

export interface ChapterSettings extends Omit<RowSettings, "slug"> {
  named: NamedEntries;
}

/** "2025-06-04" → "4 juin 2025", "2025-06" → "juin 2025"; anything else as it is. */
export function frenchDate(iso: string): string {
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  return new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", year: "numeric", ...(month && { month: "long" }), ...(day && { day: "numeric" }) }).format(date);
}

/** Source and date under the title, as the reader shows them. */
function metaLine(doc: ExportDocument): string {
  const parts = [doc.source, doc.publishedOn && frenchDate(doc.publishedOn)].filter((p): p is string => !!p && !!p.trim());
  return parts.length ? `<p class="meta">${parts.map(plainText).join(" · ")}</p>\n` : "";
}

/** The heading from the document's metadata, for a document whose text has no title row. */
function titleHeader(doc: ExportDocument, targetLang: string): string {
  return `<h1 class="title">${plainText(doc.titleFr)}</h1>\n` + (doc.titleEn ? `<p class="title" ${langAttributes(targetLang)}>${plainText(doc.titleEn)}</p>\n` : "");
}

/**
 * The content files of the `number`th document (1-based): text/d<n>.xhtml, then
 * text/d<n>-2.xhtml… when the text is long. Rows are read from the database only as the
 * files' text is read, so each entry's text must be read whole before the next entry is
 * asked for (as zipEntries does). Adds the files, the table of contents entries and the
 * dates to `book`, and the glossary names to `settings.named`.
 */
export async function* documentEntries(doc: ExportDocument, number: number, book: Book, settings: ChapterSettings): AsyncGenerator<ZipEntry> {
  const { context } = settings;
  const rowSettings: RowSettings = { ...settings, slug: doc.slug };
  const rows = doc.rows[Symbol.asyncIterator]();
  let next = await rows.next();
  const entry: TocEntry = { href: `text/d${number}.xhtml`, text: doc.titleFr, children: [] };
  book.toc.push(entry);
  book.documents.push(doc);
  book.touch(doc.updatedAt);

  /** The row's XHTML, and what the book learns from it. */
  const write = (row: ExportRow, href: string) => {
    book.touch(row.changedAt);
    for (const p of row.fr) {
      settings.named.scan("fr", p.text);
      if (p.kind !== "heading") continue;
      const text = xmlSafeText({ ...context, warn: () => {} }, doc.slug, "fr", p).trim();
      if (text) entry.children.push({ href: `${href}#${rowId(row)}`, text, children: [] });
    }
    for (const p of row.en) settings.named.scan("en", p.text);
    return rowXhtml(row, rowSettings);
  };

  let read = true;
  async function* partText(part: number, href: string): AsyncGenerator<string> {
    yield xhtmlHead(part === 1 ? doc.titleFr : `${doc.titleFr} (${part})`, context.sourceLang, "../style.css");
    yield `<section class="document" epub:type="chapter"${part === 1 ? ` id="d${number}"` : ""}>\n`;
    let size = 0;
    if (part === 1) {
      // The text's own title row, when it opens the text, is the heading (as in the reader).
      const first = next.done ? null : next.value;
      if (first?.fr.some((p) => p.kind === "title")) {
        yield write(first, href);
        next = await rows.next();
      } else {
        yield titleHeader(doc, context.targetLang);
      }
      yield metaLine(doc);
    }
    while (!next.done && size < PART_CHARS) {
      const xhtml = write(next.value, href);
      size += xhtml.length;
      yield xhtml;
      next = await rows.next();
    }
    yield `</section>\n${XHTML_FOOT}`;
    read = true;
  }

  for (let part = 1; part === 1 || !next.done; part++) {
    if (!read) throw new Error(`${doc.slug}: a part of the book was skipped unread`);
    read = false;
    const id = part === 1 ? `d${number}` : `d${number}-${part}`;
    const href = `text/${id}.xhtml`;
    book.items.push({ id, href });
    yield { name: `${PACKAGE_DIR}/${href}`, text: partText(part, href) };
  }
}
