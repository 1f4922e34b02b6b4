import { useTranslations } from "next-intl";
import { Fragment, useContext } from "react";
import type { ReaderParagraph } from "@/lib/reader/load-reader";
import { partsText } from "@/lib/reader/segments";
import { TranslationEditor } from "../editing/TranslationEditor";
import { Paragraph } from "./Paragraph";
import { Learning } from "./learning";

/**
 * One side of a row: the French or English paragraphs of a link, or a marked empty cell
 * when the link has none on this side. Focusable, so that keyboard users get the same
 * counterpart highlight as the pointer (see .row:has(…) in globals.css); one cell of each
 * row is its tab stop (`tabStop`), the other is reached with the arrow keys (row-keys.ts).
 */
export function ReaderCell({
  side,
  paragraphs,
  slug,
  tools = false,
  tabStop,
}: {
  side: "fr" | "en";
  paragraphs: ReaderParagraph[];
  slug?: string;
  /** Whether the editing controls are shown (once the row is pointed at or focused). */
  tools?: boolean;
  tabStop: boolean;
}) {
  const t = useTranslations("Reader");
  const learning = useContext(Learning);
  if (!paragraphs.length) {
    return (
      <div className={`cell cell-${side} is-empty`} data-side={side}>
        <p className="empty-cell">{side === "fr" ? t("emptyFr") : t("emptyEn")}</p>
      </div>
    );
  }
  return (
    <div className={`cell cell-${side}`} data-side={side} lang={side} tabIndex={tabStop ? 0 : -1}>
      {paragraphs.map((p) => (
        <Fragment key={p.id}>
          {/* Learner mode's "reveal the paragraph" (learner.ts), rendered in that mode only: outside the
              paragraph, whose text it is not, and its visible text drawn from its label (CSS), so that
              the cell's text stays the paragraphs' text (copy, find). */}
          {side === "en" && learning && <button type="button" className="reveal-paragraph" data-reveal={p.id} tabIndex={-1} aria-label={t("revealParagraph")} />}
          {
            // English paragraphs can be corrected in place; French is the source, read only.
            slug && p.version !== undefined ? (
              <TranslationEditor slug={slug} showTools={tools} paragraph={{ id: p.id, version: p.version, text: partsText(p.parts), status: p.status ?? "draft" }}>
                <Paragraph paragraph={p} side={side} />
              </TranslationEditor>
            ) : (
              <Paragraph paragraph={p} side={side} />
            )
          }
        </Fragment>
      ))}
    </div>
  );
}
