import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getDb } from "@/lib/db/client";
import { LIBRARY_SORTS, listDocuments, type LibrarySort } from "@/lib/documents/list-documents";
import { countStaleDocuments, refreshFlagsInBackground } from "@/lib/glossary/stored-flags";
import { DocumentList } from "../components/DocumentList";
import { Pagination } from "../components/Pagination";

type Search = { q?: string; sort?: string; page?: string };

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { q = "", sort: rawSort, page: rawPage } = await searchParams;
  const sort: LibrarySort = (LIBRARY_SORTS as readonly string[]).includes(rawSort ?? "") ? (rawSort as LibrarySort) : "newest";
  const t = await getTranslations("Library");
  const db = getDb();
  const library = await listDocuments(db, { query: typeof q === "string" ? q : "", sort, page: Number(rawPage) || 1 });
  // Flags shown are stored ones; documents changed since are checked in the background.
  if (await countStaleDocuments(db)) refreshFlagsInBackground(db);
  const href = (page: number) => `?${new URLSearchParams({ ...(q && { q }), ...(sort !== "newest" && { sort }), ...(page > 1 && { page: String(page) }) })}`;
  return (
    <section className="library">
      <h1>{t("title")}</h1>
      <div className="library-intro">
        <p>{t("intro")}</p>
        <p>{t.rich("addHelp", { link: (chunks) => <Link href="/import">{chunks}</Link> })}</p>
      </div>
      <form role="search" className="search" action="">
        <label htmlFor="library-search" className="visually-hidden">
          {t("searchLabel")}
        </label>
        <input id="library-search" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} />
        <label htmlFor="library-sort" className="visually-hidden">
          {t("sortLabel")}
        </label>
        <select id="library-sort" name="sort" defaultValue={sort}>
          {LIBRARY_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit">{t("search")}</button>
      </form>
      <DocumentList library={library} query={q} />
      <Pagination page={library.page} pages={library.pages} href={href} label={t("pagination")} />
    </section>
  );
}
