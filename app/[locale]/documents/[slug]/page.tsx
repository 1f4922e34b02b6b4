import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { loadReaderMetadata, loadReaderPage } from "@/lib/reader/load-reader";
import { readReaderVersion } from "@/lib/reader/reader-version";
import { parseRowFilter } from "@/lib/reader/row-filter";
import { parseViewMode, VIEW_MODE_COOKIE } from "@/lib/reader/view-mode";
import { parseRowParam } from "@/lib/reader/windows";
import { findRowHref } from "@/lib/search/links";
import { requestMayWrite } from "@/app/server/write-guard";
import { FindBar } from "../../../components/search/FindBar";
import { FindHighlight } from "../../../components/search/FindHighlight";
import { readFind } from "../../../components/search/read-find";
import { UnsavedEditsGuard } from "../../../components/editing/UnsavedEditsGuard";
import { GlossaryTooltips } from "../../../components/reader/GlossaryTooltips";
import { ReaderHeader } from "../../../components/reader/ReaderHeader";
import { ReaderRows } from "../../../components/reader/ReaderRows";
import { SkipLink } from "../../../components/reader/SkipLink";
import { ReaderView } from "../../../components/reader/ReaderView";
import { ReadingPosition } from "../../../components/reader/ReadingPosition";
import { WindowNav } from "../../../components/reader/WindowNav";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The document's version: the one database read per request, shared by the metadata and the page. */
const readVersion = cache((slug: string) => readReaderVersion(getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const version = await readVersion(slug);
  if (!version) return {};
  const document = await loadReaderMetadata(getDb(), version);
  return { title: locale === "en" && document.titleEn ? document.titleEn : document.titleFr };
}

/**
 * The reader: one window of a few hundred rows (`?from=401`), never the whole document.
 * `?row=N` (the go-to-row form without JavaScript) answers with the window holding row N,
 * scrolled to it (`?from=…#row-N`). `?show=check|unreviewed|flagged` lists only the rows a
 * filter matches, a page at a time from row `from`, each with its number in the document.
 */
export default async function ReaderPage({ params, searchParams }: Props) {
  const [{ locale, slug }, query] = await Promise.all([params, searchParams]);
  const row = parseRowParam(query.row);
  const findText = (Array.isArray(query.find) ? query.find[0] : query.find) ?? "";
  const filter = parseRowFilter(query.show);
  const [version, jar, editable] = await Promise.all([readVersion(slug), cookies(), requestMayWrite()]);
  if (!version) notFound();
  const document = await loadReaderPage(getDb(), version, { from: parseRowParam(query.from), row, filter: row === undefined ? filter : undefined });
  if (row !== undefined) redirect(`/${locale}/documents/${encodeURIComponent(slug)}${findRowHref(Math.min(row, Math.max(document.totalRows, 1)), findText)}`);
  const { window } = document;
  const find = await readFind(getDb(), version, findText, window);
  const paged = window.filtered ? window.filtered.previousFrom !== null || window.filtered.nextFrom !== null : document.totalRows > window.size;
  return (
    <article className="reader-page" data-slug={document.slug} data-rows={document.totalRows} data-filter={window.filtered?.filter}>
      <SkipLink />
      <ReaderHeader document={document} editable={editable} />
      <ReaderView
        initialMode={parseViewMode(jar.get(VIEW_MODE_COOKIE)?.value)}
        first={window.filtered ? null : window.first}
        nav={
          <>
            <WindowNav document={document} />
            <FindBar first={window.first} find={find.state} />
          </>
        }
      >
        <GlossaryTooltips entries={window.glossary}>
          <FindHighlight terms={find.terms}>
            <ReaderRows
              rows={window.rows}
              slug={document.slug}
              editable={editable}
              totalRows={document.totalRows}
              listed={window.filtered !== undefined}
              change={document.lastChange}
            />
          </FindHighlight>
        </GlossaryTooltips>
        {paged && <WindowNav document={document} compact />}
      </ReaderView>
      {/* The reader's own place, kept in their browser: this page is cached for every reader. */}
      <ReadingPosition slug={document.slug} totalRows={document.totalRows} />
      {editable && <UnsavedEditsGuard />}
    </article>
  );
}
