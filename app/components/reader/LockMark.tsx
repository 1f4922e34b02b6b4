import { useTranslations } from "next-intl";
import { MarkIcon } from "./MarkIcon";

/** In the gutter of a row a person drew or confirmed: re-aligning keeps it as it is. */
export function LockMark() {
  const t = useTranslations("Reader");
  const label = t("locked");
  return (
    <span className="lock-mark" role="img" aria-label={label} title={label}>
      <MarkIcon name="locked" />
    </span>
  );
}
