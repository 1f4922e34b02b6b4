"use client";

import { useLocale, useTranslations } from "next-intl";
import type { CSSProperties, PointerEventHandler, Ref } from "react";
import { noteFor } from "@/lib/glossary/note-for";
import type { TooltipEntry } from "@/lib/reader/load-reader";

interface Props {
  ref: Ref<HTMLSpanElement>;
  id: string;
  entry: TooltipEntry;
  style: CSSProperties;
  onPointerEnter: PointerEventHandler;
  onPointerLeave: PointerEventHandler;
}

/** One glossary entry: the name in both languages, its kind and its note in the interface's language (else the other one). */
export function GlossaryTooltip({ ref, id, entry, style, onPointerEnter, onPointerLeave }: Props) {
  const t = useTranslations("GlossaryTooltip");
  const note = noteFor(entry, useLocale());
  return (
    <span ref={ref} id={id} role="tooltip" className="tooltip" style={style} data-entry-id={entry.id} onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave}>
      <span className="tooltip-kind">{t(`kind.${entry.kind}`)}</span>
      <span className="tooltip-names">
        <span lang="fr" className="tooltip-fr">{entry.fr}</span>
        <span aria-hidden="true" className="tooltip-arrow"> → </span>
        <span className="visually-hidden">{t("inEnglish")}</span>
        <span lang="en" className="tooltip-en">{entry.en}</span>
      </span>
      {note && (
        <span className="tooltip-note" lang={note.lang}>
          {note.text}
        </span>
      )}
    </span>
  );
}
