import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Link } from "@/i18n/navigation";
import { getDb } from "@/lib/db/client";
import { LIBRARY_SORTS, listDocuments, type LibrarySort } from "@/lib/documents/list-documents";
import { countStaleDocuments, refreshFlagsInBackground } from "@/lib/glossary/stored-flags";
import { DocumentList } from "../components/DocumentList";
import { Pagination } from "../components/Pagination";
import { ScopeSelect } from "../components/search/ScopeSelect";

type Search = { q?: string; sort?: string; page?: string; in?: string };

export default async function LibraryPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const [{ locale }, { q = "", sort: rawSort, page: rawPage, in: scope }] = await Promise.all([params, searchParams]);
  // The search box's other choice: the text of the articles, on the search page.
  if (scope === "text") redirect(`/${locale}/search?${new URLSearchParams({ q: typeof q === "string" ? q : "" })}`);
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
        <ScopeSelect id="library-search-scope" value="titles" />
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
