import { useFormatter, useTranslations } from "next-intl";

/** A discreet sign in the gutter: this pairing is uncertain, worth a person's look. */
export function LowConfidenceMark({ score }: { score: number | null }) {
  const t = useTranslations("Reader");
  const format = useFormatter();
  const label = t("lowConfidence", { score: format.number(score ?? 0, { style: "percent" }) });
  return (
    <span className="low-confidence" role="img" aria-label={label} title={label}>
      <span aria-hidden="true">?</span>
    </span>
  );
}
