import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { loadReaderDocument } from "@/lib/reader/load-reader";
import { parseViewMode, VIEW_MODE_COOKIE } from "@/lib/reader/view-mode";
import { requestMayWrite } from "@/app/server/write-guard";
import { GlossaryTooltips } from "../../../components/reader/GlossaryTooltips";
import { ReaderHeader } from "../../../components/reader/ReaderHeader";
import { ReaderRows } from "../../../components/reader/ReaderRows";
import { ReaderView } from "../../../components/reader/ReaderView";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** One load per request, shared by the metadata and the page. */
const load = cache((slug: string) => loadReaderDocument(getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const document = await load(slug);
  if (!document) return {};
  return { title: locale === "en" && document.titleEn ? document.titleEn : document.titleFr };
}

export default async function ReaderPage({ params }: Props) {
  const { slug } = await params;
  const [document, jar, editable] = await Promise.all([load(slug), cookies(), requestMayWrite()]);
  if (!document) notFound();
  return (
    <article className="reader-page" data-slug={document.slug}>
      <ReaderHeader document={document} editable={editable} />
      <ReaderView initialMode={parseViewMode(jar.get(VIEW_MODE_COOKIE)?.value)}>
        <GlossaryTooltips entries={document.glossary}>
          <ReaderRows rows={document.rows} slug={document.slug} editable={editable} />
        </GlossaryTooltips>
      </ReaderView>
    </article>
  );
}
