import { useTranslations } from "next-intl";
import type { ReviewState } from "@/lib/reader/review-state";
import { MarkIcon } from "./MarkIcon";

/**
 * Where an English paragraph stands (machine, imported, edited, reviewed), beside it: an
 * icon of its own shape, named for screen readers and on hover.
 */
export function ReviewMark({ state }: { state: ReviewState }) {
  const t = useTranslations("Reader");
  const label = t(`review.${state}`);
  return (
    <span className="review-mark" data-review={state} role="img" aria-label={label} title={label}>
      <MarkIcon name={state} />
    </span>
  );
}
