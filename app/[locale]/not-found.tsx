import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFoundPage() {
  const t = useTranslations("NotFound");
  return (
    <section className="not-found">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <Link href="/">{t("back")}</Link>
    </section>
  );
}
