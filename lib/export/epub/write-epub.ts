import type { GlossaryTerm } from "../../glossary/matcher";
import type { ExportContext, ExportDocument } from "../types";
import { Book, PACKAGE_DIR } from "./book";
import { documentEntries } from "./chapter";
import { GLOSSARY_HREF, glossaryPage } from "./glossary-page";
import type { EnglishLayout } from "./layout";
import { NamedEntries } from "./named-entries";
import { CONTAINER_XML, NAV_HREF, navDocument, PACKAGE_HREF, packageDocument, STYLE_HREF } from "./package";
import { STYLESHEET } from "./style";
import { zipEntries, type ZipEntry } from "./zip";

export const EPUB_MEDIA_TYPE = "application/epub+zip";

export interface EpubContext extends ExportContext {
  layout: EnglishLayout;
  /** The glossary: the entries the book names make its appendix. */
  glossary: readonly GlossaryTerm[];
}

/**
 * A bilingual EPUB 3 book: one chapter per document (its text cut into files of a few
 * hundred kilobytes), the glossary entries it names as an appendix, a navigation
 * document and the package. The ZIP is produced as it is read: mimetype first and
 * stored, then the chapters as their rows come from the database, then what is only
 * known at the end (appendix, navigation, package). At least one document is needed.
 */
export async function* writeEpub(documents: AsyncIterable<ExportDocument>, context: EpubContext): AsyncGenerator<Uint8Array> {
  const book = new Book();
  const named = new NamedEntries(context.glossary);
  async function* entries(): AsyncGenerator<ZipEntry> {
    yield { name: "mimetype", text: EPUB_MEDIA_TYPE, store: true };
    yield { name: "META-INF/container.xml", text: CONTAINER_XML };
    yield { name: `${PACKAGE_DIR}/${STYLE_HREF}`, text: STYLESHEET };
    let number = 0;
    for await (const doc of documents) yield* documentEntries(doc, ++number, book, { context, layout: context.layout, named });
    if (!number) throw new Error("an EPUB needs at least one document");
    const found = named.entries();
    const settings = { sourceLang: context.sourceLang, targetLang: context.targetLang, layout: context.layout, glossary: found.length > 0 };
    if (found.length) yield { name: `${PACKAGE_DIR}/${GLOSSARY_HREF}`, text: glossaryPage(found, context.sourceLang, context.targetLang) };
    yield { name: `${PACKAGE_DIR}/${NAV_HREF}`, text: navDocument(book, settings) };
    yield { name: `${PACKAGE_DIR}/${PACKAGE_HREF}`, text: packageDocument(book, settings) };
  }
  yield* zipEntries(entries());
}
