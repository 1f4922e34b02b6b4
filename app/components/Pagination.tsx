import { useTranslations } from "next-intl";
import Link from "next/link";

/**
 * Previous / next and the page numbers around the current one, as plain links (works
 * without JavaScript). Renders nothing for a single page.
 */
export function Pagination({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  const t = useTranslations("Pagination");
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span aria-disabled="true">{t("previous")}</span>
      )}
      <ol>
        {shown.map((p, i) => (
          <li key={p}>
            {i > 0 && shown[i - 1] < p - 1 && <span className="gap">…</span>}
            {p === page ? (
              <span aria-current="page">{p}</span>
            ) : (
              <Link href={href(p)} aria-label={t("page", { page: p })}>
                {p}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span aria-disabled="true">{t("next")}</span>
      )}
    </nav>
  );
}
