import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { anyAccount, currentUser } from "@/app/server/write-guard";
import { SignInLink } from "./SignInLink";
import { SignOutButton } from "./SignOutButton";
import "./account.css";

/**
 * The header's account corner: nothing while no account exists (the single-person
 * reader looks as it always did), else a sign-in link, or who is signed in, the People
 * page for admins, and sign-out.
 */
export async function AccountMenu() {
  const [accounts, user] = await Promise.all([anyAccount(), currentUser()]);
  if (!accounts) return null;
  const t = await getTranslations("Auth");
  if (!user) return <SignInLink label={t("signIn")} />;
  return (
    <span className="account-menu">
      {user.role === "admin" && <Link href="/admin/people">{t("people")}</Link>}
      <span className="account-name" data-role={user.role}>{t("account", { name: user.name, role: t(`role.${user.role}`) })}</span>
      <SignOutButton />
    </span>
  );
}
