import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BILINGUAL_EXTENSIONS } from "@/lib/import/import-bilingual";
import { ARTICLE_EXTENSIONS } from "@/lib/import/parse-article";
import { FileImport } from "../../components/import/FileImport";
import { PasteImport } from "../../components/import/PasteImport";
import { UrlImport } from "../../components/import/UrlImport";
import { requestMayWrite } from "../../server/write-guard";
import "../../components/import/import.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Import");
  return { title: t("title") };
}

/** Adding articles from the browser, for those who may write: files, pasted text, a web page. */
export default async function ImportPage() {
  const t = await getTranslations("Import");
  const mayWrite = await requestMayWrite();
  return (
    <section className="import">
      <h1>{t("title")}</h1>
      <p className="import-intro">{t("intro")}</p>
      {mayWrite ? (
        <>
          <FileImport accept={[...ARTICLE_EXTENSIONS, ...BILINGUAL_EXTENSIONS].join(",")} bilingualExtensions={BILINGUAL_EXTENSIONS} />
          <PasteImport />
          <UrlImport />
        </>
      ) : (
        <p className="notice" role="note">
          {t("forbidden")}
        </p>
      )}
    </section>
  );
}
