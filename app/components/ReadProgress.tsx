"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { parsePosition, readingKey, readPercent } from "@/lib/reader/reading-position";
import { Progress } from "./Progress";

/**
 * How far this reader has read a document, from their browser's storage (the reader
 * writes it, see ReadingPosition): nothing on the server's page, which every reader
 * shares, and nothing at all for a document never opened here.
 */
export function ReadProgress({ slug }: { slug: string }) {
  const t = useTranslations("Library");
  const [percent, setPercent] = useState<number | null>(null);
  useEffect(() => {
    let position = null;
    try {
      position = parsePosition(localStorage.getItem(readingKey(slug)));
    } catch {
      // storage refused: nothing to show
    }
    setPercent(position ? readPercent(position) : null);
  }, [slug]);
  if (percent === null) return null;
  return (
    <div className="read-progress">
      <Progress label={t("readLabel")} percent={percent} />
    </div>
  );
}
