"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { signOutAction } from "@/app/[locale]/sign-in/actions";

/** Signs out (a form, so it works without JavaScript) and comes back to `next`, by default this page. */
export function SignOutButton({ next }: { next?: string }) {
  const t = useTranslations("Auth");
  const here = usePathname();
  return (
    <form action={signOutAction} className="sign-out">
      <input type="hidden" name="next" value={next ?? here} />
      <button type="submit">{t("signOut")}</button>
    </form>
  );
}
