import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { listAccounts, type Account } from "@/lib/auth/accounts";
import { ROLES, type Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { currentUser, requestMayWrite } from "@/app/server/write-guard";
import { PeopleForm } from "./PeopleForm";
import "./people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("People");
  return { title: t("title") };
}

async function RoleSelect({ value, label }: { value?: Role; label: string }) {
  const t = await getTranslations("Auth");
  return (
    <select name="role" defaultValue={value ?? "editor"} aria-label={label}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </select>
  );
}

async function AccountRow({ account, me }: { account: Account; me: boolean }) {
  const t = await getTranslations("People");
  const format = await getFormatter();
  return (
    <tr data-account={account.name} data-disabled={account.disabled || undefined}>
      <th scope="row">
        {account.name} {me && <small>{t("you")}</small>}
      </th>
      <td>
        <PeopleForm action="role" id={account.id} className="inline">
          <RoleSelect value={account.role} label={t("role")} />
          <button type="submit">{t("changeRole")}</button>
        </PeopleForm>
      </td>
      <td>
        <PeopleForm action={account.disabled ? "enable" : "disable"} id={account.id} className="inline">
          <span>{account.disabled ? t("disabled") : t("enabled")}</span> <button type="submit">{account.disabled ? t("enable") : t("disable")}</button>
        </PeopleForm>
      </td>
      <td>{account.lastSignInAt ? format.dateTime(account.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</td>
      <td>
        <PeopleForm action="password" id={account.id} className="inline">
          <input name="password" type="password" autoComplete="new-password" aria-label={t("newPassword")} placeholder={t("newPassword")} />
          <button type="submit">{t("setPassword")}</button>
        </PeopleForm>
      </td>
    </tr>
  );
}

/** Admins add people, change roles, disable accounts and set new passwords; others are told who may. */
export default async function PeoplePage() {
  const t = await getTranslations("People");
  if (!(await requestMayWrite("people"))) {
    return (
      <section className="people">
        <h1>{t("title")}</h1>
        <p className="people-forbidden">{t("forbidden")}</p>
      </section>
    );
  }
  const [accounts, me] = await Promise.all([listAccounts(getDb()), currentUser()]);
  return (
    <section className="people">
      <h1>{t("title")}</h1>
      <p className="people-intro">{t("intro")}</p>
      <table className="people-table">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("lastSignIn")}</th>
            <th scope="col">{t("password")}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <AccountRow key={account.id} account={account} me={account.id === me?.id} />
          ))}
        </tbody>
      </table>
      <h2>{t("addTitle")}</h2>
      <PeopleForm action="add" className="people-add">
        <label>
          <span>{t("name")}</span>
          <input name="name" required maxLength={64} autoComplete="off" />
        </label>
        <label>
          <span>{t("role")}</span>
          <RoleSelect label={t("role")} />
        </label>
        <label>
          <span>
            {t("password")} <small>{t("passwordHelp")}</small>
          </span>
          <input name="password" type="password" autoComplete="new-password" />
        </label>
        <button type="submit">{t("add")}</button>
      </PeopleForm>
    </section>
  );
}
