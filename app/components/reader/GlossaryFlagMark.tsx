import { useTranslations } from "next-intl";
import type { RowFlag } from "@/lib/reader/load-reader";

/** A sign in the gutter: a glossary name of this pair whose English form is missing. */
export function GlossaryFlagMark({ flags }: { flags: RowFlag[] }) {
  const t = useTranslations("Reader");
  const label = flags.map((f) => t("glossaryFlag", { fr: f.fr, expected: f.expected })).join(" ");
  return (
    <span className="glossary-flag" role="img" aria-label={label}>
      <span aria-hidden="true">!</span>
    </span>
  );
}
