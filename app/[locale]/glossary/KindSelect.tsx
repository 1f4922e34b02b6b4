import { useTranslations } from "next-intl";
import { GLOSSARY_KINDS } from "@/lib/glossary/kinds";

/** A labelled kind selector; used by server-rendered forms and by the entry editor on the client. */
export function KindSelect({ name, value, label, withAll = false }: { name: string; value?: string; label: string; withAll?: boolean }) {
  const t = useTranslations("Glossary");
  return (
    <label className="glossary-field">
      <span>{label}</span>
      <select name={name} defaultValue={value ?? (withAll ? "" : "other")}>
        {withAll && <option value="">{t("allKinds")}</option>}
        {GLOSSARY_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
