"use client";

import { useTranslations } from "next-intl";
import { useId, type MouseEvent } from "react";
import { rowAnchor } from "@/lib/reader/windows";
import type { DocumentFind } from "@/lib/search/find-in-document";
import { findRowHref } from "@/lib/search/links";
import { currentRow } from "../reader/MarkNavigator";
import "./search.css";

/** What the find box shows: the search typed, and where it matches (or why it cannot run). */
export type FindState = Omit<DocumentFind, "query"> & { text: string; error?: string };

/**
 * The reader's find box: a GET form (`?find=…`, staying in this window), how many rows of
 * the whole document match, and previous / next match across windows. The links the
 * server renders go to the first match of this window (else the next window's) and to the
 * nearest one before the window; with JavaScript, they go from the row being read, as
 * MarkNavigator does for rows to check.
 */
export function FindBar({ first, find }: { first: number; find: FindState | null }) {
  const t = useTranslations("Search.find");
  const id = useId();
  const text = find?.text ?? "";
  const go = (direction: "previous" | "next") => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!find) return;
    const current = currentRow();
    const inWindow = direction === "next" ? find.inWindow.find((r) => r > current) : find.inWindow.findLast((r) => r < current);
    const target = inWindow ?? (direction === "next" ? find.next : find.previous);
    event.preventDefault();
    if (target === null) return;
    const href = findRowHref(target, text, first);
    if (href.startsWith("#")) window.location.hash = rowAnchor(target);
    else window.location.assign(href);
  };
  const next = find ? (find.inWindow[0] ?? find.next) : null;
  const previous = find?.previous ?? null;
  return (
    <form role="search" className="find-bar" method="get" action="">
      <input type="hidden" name="from" value={first} />
      <label htmlFor={id}>{t("label")}</label>
      <input id={id} name="find" type="search" defaultValue={text} placeholder={t("placeholder")} maxLength={1000} />
      <button type="submit">{t("submit")}</button>
      {find?.error && (
        <span className="find-error" role="alert">
          {find.error}
        </span>
      )}
      {find && !find.error && (
        <>
          <span className="find-count" aria-live="polite" data-count={find.count}>
            {t("count", { count: find.count })}
            {find.count > 0 && ` (${t("inWindow", { count: find.inWindow.length })})`}
          </span>
          {find.count > 0 && (
            <>
              <a href={previous !== null ? findRowHref(previous, text, first) : undefined} aria-disabled={previous === null || undefined} data-find="previous" onClick={go("previous")}>
                {t("previous")}
              </a>
              <a href={next !== null ? findRowHref(next, text, first) : undefined} aria-disabled={next === null || undefined} data-find="next" onClick={go("next")}>
                {t("next")}
              </a>
            </>
          )}
          <a href={`?from=${first}`} data-find="clear">
            {t("clear")}
          </a>
        </>
      )}
    </form>
  );
}
