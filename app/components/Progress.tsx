import { useFormatter, useTranslations } from "next-intl";

/** A thin labelled bar: how much of a document is aligned, or reviewed. */
export function Progress({ label, percent }: { label: string; percent: number }) {
  const t = useTranslations("Library");
  const format = useFormatter();
  return (
    <p className="progress" data-percent={percent}>
      <span className="progress-label">{label}</span>
      <span className="progress-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      <span className="progress-value">{t("progress", { percent: format.number(percent) })}</span>
    </p>
  );
}
