"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { READER_TEXT_ID } from "./ReaderRows";
import { focusRow } from "./row-keys";

/**
 * The page's first stop for keyboard users: straight to the text, past the header and the
 * toolbar. Without JavaScript the anchor focuses the rows' list (Tab then reaches the first
 * row); with it, the first row itself takes the focus.
 */
export function SkipLink() {
  const t = useTranslations("Reader");
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const row = document.getElementById(READER_TEXT_ID)?.querySelector("li.row");
    if (row && focusRow(row)) event.preventDefault();
  };
  return (
    <a className="skip-link" href={`#${READER_TEXT_ID}`} onClick={skip}>
      {t("skipToText")}
    </a>
  );
}
