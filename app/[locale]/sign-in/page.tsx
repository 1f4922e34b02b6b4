import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { anyAccount, currentUser } from "@/app/server/write-guard";
import { SignOutButton } from "../../components/SignOutButton";
import { SignInForm } from "./SignInForm";
import "../../components/account.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("title") };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

/** The sign-in page: the form, or who is signed in, or why there is nothing to sign in to. */
export default async function SignInPage({ params, searchParams }: Props) {
  const [{ locale }, { next }] = await Promise.all([params, searchParams]);
  const t = await getTranslations("Auth");
  const [user, accounts] = await Promise.all([currentUser(), anyAccount()]);
  const back = typeof next === "string" && next.startsWith("/") ? next : `/${locale}`;
  return (
    <section className="sign-in">
      <h1>{t("title")}</h1>
      {!accounts ? (
        <p className="sign-in-note">{t("noAccounts")}</p>
      ) : user ? (
        <>
          <p className="sign-in-note">{t("signedInAs", { name: user.name, role: t(`role.${user.role}`) })}</p>
          <SignOutButton next={back} />
        </>
      ) : (
        <>
          <p className="sign-in-note">{t("intro")}</p>
          <SignInForm next={back} />
        </>
      )}
    </section>
  );
}
