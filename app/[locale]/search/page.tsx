import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { SearchQueryError } from "@/lib/search/query";
import { searchLibrary, type SearchResults as Results } from "@/lib/search/search-library";
import { Pagination } from "../../components/Pagination";
import { SearchForm } from "../../components/search/SearchForm";
import { SearchResults } from "../../components/search/SearchResults";
import "../../components/search/search.css";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Search");
  return { title: t("title") };
}

/** Full-text search of the library (`?q=…&page=N`); `in=titles` goes back to the library's title search. */
export default async function SearchPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const q = one(query.q);
  if (one(query.in) === "titles") redirect(`/${locale}${q ? `?${new URLSearchParams({ q })}` : ""}`);
  const t = await getTranslations("Search");
  let results: Results | null = null;
  let error: string | null = null;
  try {
    if (q.trim()) results = await searchLibrary(getDb(), q, { page: Number(one(query.page)) || 1 });
  } catch (e) {
    if (!(e instanceof SearchQueryError)) throw e;
    error = t(`errors.${e.reason}`, { limit: e.limit });
  }
  const href = (page: number) => `?${new URLSearchParams({ q, ...(page > 1 && { page: String(page) }) })}`;
  return (
    <section className="search-page">
      <h1>{t("title")}</h1>
      <SearchForm q={q} />
      <p className="search-help">{t("help")}</p>
      {error && (
        <p role="alert" className="search-error">
          {error}
        </p>
      )}
      {results && results.total > 0 && <SearchResults results={results} />}
      {results && !results.total && <p className="empty">{results.query.terms.length ? t("noMatch", { query: q }) : t("noWords", { query: q })}</p>}
      {results && <Pagination page={results.page} pages={results.pages} href={href} label={t("pagination")} />}
    </section>
  );
}
