import type { ParsedArticle } from "./article";
import { fetchPage, type FetchPageOptions } from "./fetch-page";
import { parseArticleContent } from "./parse-article";

/**
 * An article from a URL: the page is fetched (fetchPage: http(s) only, limits, no private
 * hosts unless allowed) and read by the same parsers as files and uploads, the URL naming
 * it in errors. Its address is the page's canonical URL when it gives one, else the URL
 * fetched; without a site name in the page, its host ("lequotidien.example") is the source.
 */
export async function fetchArticle(url: string, options: FetchPageOptions = {}): Promise<ParsedArticle> {
  const page = await fetchPage(url, options);
  const article = parseArticleContent(page.url, page.text, page.format);
  return {
    ...article,
    sourceUrl: article.sourceUrl ?? page.url,
    source: article.source ?? new URL(page.url).hostname.replace(/^www\./, ""),
  };
}
