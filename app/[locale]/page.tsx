import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { listDocuments } from "@/lib/documents/list-documents";
import { countFlagsByDocument } from "@/lib/glossary/check";
import { DocumentList } from "../components/DocumentList";

export default async function LibraryPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = "" } = await searchParams;
  const t = await getTranslations("Library");
  const [documents, glossaryFlags] = await Promise.all([listDocuments(getDb(), q), countFlagsByDocument(getDb())]);
  return (
    <section className="library">
      <h1>{t("title")}</h1>
      <form role="search" className="search" action="">
        <label htmlFor="library-search" className="visually-hidden">
          {t("searchLabel")}
        </label>
        <input id="library-search" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} />
        <button type="submit">{t("search")}</button>
      </form>
      <DocumentList documents={documents} query={q} glossaryFlags={glossaryFlags} />
    </section>
  );
}
