import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { AccountMenu } from "./AccountMenu";
import { LocaleSwitch } from "./LocaleSwitch";

export function SiteHeader() {
  const t = useTranslations("Layout");
  const glossary = useTranslations("Glossary");
  const importing = useTranslations("Import");
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t("appName")}
      </Link>
      <nav className="site-nav">
        <Link href="/">{t("library")}</Link>
        <Link href="/glossary">{glossary("nav")}</Link>
        <Link href="/import">{importing("nav")}</Link>
        <AccountMenu />
        <LocaleSwitch label={t("switchLocale")} title={t("switchLocaleLabel")} />
      </nav>
    </header>
  );
}
