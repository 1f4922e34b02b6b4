"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/** Links to the same page in the other interface language, keeping the query string. */
export function LocaleSwitch({ label, title }: { label: string; title: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams());
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  return (
    <Link href={{ pathname, query }} locale={other} hrefLang={other} title={title} className="locale-switch">
      {label}
    </Link>
  );
}
