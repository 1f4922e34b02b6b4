import type { ReaderRow as Row } from "@/lib/reader/load-reader";
import { LowConfidenceMark } from "./LowConfidenceMark";
import { ReaderCell } from "./ReaderCell";

/**
 * One alignment link: French left, English right, tops level; the gutter holds the marks.
 * Without a link, a row is a paragraph waiting for the aligner, or (data-whole) both texts
 * of a document that has no link yet.
 */
export function ReaderRow({ row }: { row: Row }) {
  const empty = !row.fr.length ? "fr" : !row.en.length ? "en" : undefined;
  return (
    <li
      className="row"
      id={row.linkId !== null ? `link-${row.linkId}` : undefined}
      data-link-id={row.linkId ?? undefined}
      data-kind={(row.fr[0] ?? row.en[0])?.kind}
      data-empty={empty}
      data-low-confidence={row.lowConfidence || undefined}
      data-whole={(row.linkId === null && !empty) || undefined}
    >
      <ReaderCell side="fr" paragraphs={row.fr} />
      <div className="gutter">{row.lowConfidence && <LowConfidenceMark score={row.score} />}</div>
      <ReaderCell side="en" paragraphs={row.en} />
    </li>
  );
}
