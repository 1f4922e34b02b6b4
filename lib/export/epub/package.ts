import { createHash } from "node:crypto";
import { dropForbiddenXmlChars, escapeXmlAttr, escapeXmlText } from "../xml-text";
import { Book, PACKAGE_DIR, type TocEntry } from "./book";
import { GLOSSARY_HREF, GLOSSARY_TITLE } from "./glossary-page";
import type { EnglishLayout } from "./layout";
import { plainText, XHTML_FOOT, xhtmlHead } from "./xhtml";

export const PACKAGE_HREF = "package.opf";
export const NAV_HREF = "nav.xhtml";
export const STYLE_HREF = "style.css";

/** META-INF/container.xml: where the package document is. */
export const CONTAINER_XML =
  `<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n` +
  `<rootfiles>\n<rootfile full-path="${PACKAGE_DIR}/${PACKAGE_HREF}" media-type="application/oebps-package+xml"/>\n</rootfiles>\n</container>\n`;

/** Metadata text: forbidden characters dropped, escaped, on one line. */
const metaText = (text: string) => escapeXmlText(dropForbiddenXmlChars(text).text.replace(/\s+/g, " ").trim());

/**
 * A stable identifier (a name-based UUID, RFC 4122 version 5 style, from SHA-1): the same
 * documents in the same layout are the same book, so a reading system replaces an older
 * export instead of keeping both; another selection or layout is another book.
 */
export function bookIdentifier(slugs: readonly string[], layout: EnglishLayout): string {
  const hash = createHash("sha1").update(`vis-a-vis:epub:${layout}:${slugs.join("\n")}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** dcterms:modified wants CCYY-MM-DDThh:mm:ssZ: no fraction of a second. */
const modifiedDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** A publication date dc:date accepts (W3CDTF: year, year-month or full date). */
const W3CDTF = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface PackageSettings {
  sourceLang: string;
  targetLang: string;
  layout: EnglishLayout;
  /** Whether the glossary appendix was written. */
  glossary: boolean;
}

/**
 * The package document: metadata (identifier, title, both languages, modification date;
 * for one document also its English title, publisher and date), the manifest of every
 * file, and the spine in reading order (the contents page first for a collection).
 */
export function packageDocument(book: Book, settings: PackageSettings): string {
  const single = book.documents.length === 1 ? book.documents[0] : null;
  const title = single ? single.titleFr : `Vis-à-vis : ${book.documents.length} articles`;
  const metadata = [
    `<dc:identifier id="book-id">${bookIdentifier(book.documents.map((d) => d.slug), settings.layout)}</dc:identifier>`,
    `<dc:title id="title">${metaText(title) || "Vis-à-vis"}</dc:title>`,
    `<meta refines="#title" property="title-type">main</meta>`,
  ];
  if (single?.titleEn?.trim()) {
    metadata.push(
      `<dc:title id="title-en" xml:lang="${escapeXmlAttr(settings.targetLang)}">${metaText(single.titleEn)}</dc:title>`,
      `<meta refines="#title-en" property="title-type">subtitle</meta>`,
    );
  }
  metadata.push(`<dc:language>${escapeXmlText(settings.sourceLang)}</dc:language>`, `<dc:language>${escapeXmlText(settings.targetLang)}</dc:language>`);
  if (single?.source?.trim()) metadata.push(`<dc:publisher>${metaText(single.source)}</dc:publisher>`);
  if (single?.publishedOn && W3CDTF.test(single.publishedOn)) metadata.push(`<dc:date>${single.publishedOn}</dc:date>`);
  metadata.push(`<meta property="dcterms:modified">${modifiedDate(book.modified)}</meta>`);

  const manifest = [
    `<item id="nav" href="${NAV_HREF}" media-type="application/xhtml+xml" properties="nav"/>`,
    `<item id="style" href="${STYLE_HREF}" media-type="text/css"/>`,
    ...book.items.map((item) => `<item id="${item.id}" href="${item.href}" media-type="application/xhtml+xml"/>`),
    ...(settings.glossary ? [`<item id="glossary" href="${GLOSSARY_HREF}" media-type="application/xhtml+xml"/>`] : []),
  ];
  const spine = [
    ...(single ? [] : [`<itemref idref="nav"/>`]),
    ...book.items.map((item) => `<itemref idref="${item.id}"/>`),
    ...(settings.glossary ? [`<itemref idref="glossary"/>`] : []),
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeXmlAttr(settings.sourceLang)}">\n` +
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n${metadata.join("\n")}\n</metadata>\n` +
    `<manifest>\n${manifest.join("\n")}\n</manifest>\n<spine>\n${spine.join("\n")}\n</spine>\n</package>\n`
  );
}

function tocList(entries: readonly TocEntry[]): string {
  const items = entries.map(
    (e) => `<li><a href="${e.href}">${plainText(e.text.replace(/\s+/g, " ").trim()) || e.href}</a>${e.children.length ? `\n${tocList(e.children)}` : ""}</li>`,
  );
  return `<ol>\n${items.join("\n")}\n</ol>`;
}

/**
 * The navigation document: the table of contents (each document, with its subheadings,
 * then the glossary) and the landmarks reading systems use to open the book at its text.
 */
export function navDocument(book: Book, settings: PackageSettings): string {
  const entries = [...book.toc, ...(settings.glossary ? [{ href: GLOSSARY_HREF, text: GLOSSARY_TITLE, children: [] }] : [])];
  // The contents page is in the spine only for a collection: only then may it be a landmark.
  const landmarks = [
    ...(book.documents.length > 1 ? [`<li><a epub:type="toc" href="#toc">Table des matières</a></li>`] : []),
    `<li><a epub:type="bodymatter" href="${book.items[0].href}">Texte</a></li>`,
    ...(settings.glossary ? [`<li><a epub:type="glossary" href="${GLOSSARY_HREF}">${GLOSSARY_TITLE}</a></li>`] : []),
  ];
  return (
    xhtmlHead("Table des matières", settings.sourceLang, STYLE_HREF) +
    `<nav epub:type="toc" id="toc">\n<h1>Table des matières</h1>\n${tocList(entries)}\n</nav>\n` +
    `<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n<h2>Repères</h2>\n<ol>\n${landmarks.join("\n")}\n</ol>\n</nav>\n` +
    XHTML_FOOT
  );
}
