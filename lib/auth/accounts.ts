import type { Db, Tx } from "../db/client";
import { writeTransaction } from "../db/write-transaction";
import { UserError } from "../errors";
import { nameKeyOf, parseAccountName } from "./account-name";
import { checkPassword, hashPassword } from "./password";
import { parseRole, type Role } from "./roles";
import { endSessionsOf } from "./sessions";

/** An account as the admin page and `npm run user -- list` show it; never its password hash. */
export interface Account {
  id: number;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  lastSignInAt: Date | null;
}

const ACCOUNT_FIELDS = { id: true, name: true, role: true, disabledAt: true, createdAt: true, lastSignInAt: true } as const;

function toAccount(row: { id: number; name: string; role: string; disabledAt: Date | null; createdAt: Date; lastSignInAt: Date | null }): Account {
  return { id: row.id, name: row.name, role: parseRole(row.role), disabled: row.disabledAt !== null, createdAt: row.createdAt, lastSignInAt: row.lastSignInAt };
}

/** Whether any account exists, disabled or not: from then on, writing needs one (or the token). */
export async function accountsExist(db: Db): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}

export async function listAccounts(db: Db): Promise<Account[]> {
  return (await db.user.findMany({ select: ACCOUNT_FIELDS, orderBy: { nameKey: "asc" } })).map(toAccount);
}

export async function findAccount(db: Db, name: string): Promise<Account> {
  const row = await db.user.findUnique({ where: { nameKey: nameKeyOf(name) }, select: ACCOUNT_FIELDS });
  if (!row) throw new UserError({ code: "accountNotFound", field: "account", value: name, problem: "no account by that name" });
  return toAccount(row);
}

/**
 * Account changes wait for each other, on every app server: the counter row is updated
 * first, which holds its lock (PostgreSQL) or the write lock (SQLite) to the end of the
 * transaction, so that two admins demoting each other cannot both succeed and leave none.
 */
async function accountTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return writeTransaction(db, async (tx) => {
    await tx.$executeRaw`INSERT INTO "AppCounter" ("name", "value") VALUES ('accounts', 0) ON CONFLICT ("name") DO NOTHING`;
    await tx.$executeRaw`UPDATE "AppCounter" SET "value" = "value" + 1 WHERE "name" = 'accounts'`;
    return work(tx);
  });
}

/** Refuses a change that would leave no enabled admin, the only ones who can manage people. */
async function keepAnAdmin(tx: Tx, id: number, change: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: id } } });
  const self = await tx.user.findUnique({ where: { id }, select: { name: true, role: true, disabledAt: true } });
  if (self?.role === "admin" && !self.disabledAt && others === 0) {
    throw new UserError({ code: "lastAdmin", values: { name: self.name }, problem: `${self.name} is the only enabled admin: make another account admin before you ${change}` });
  }
}

async function existing(tx: Tx, id: number) {
  const row = await tx.user.findUnique({ where: { id }, select: ACCOUNT_FIELDS });
  if (!row) throw new UserError({ code: "notFound", field: "account", value: id, problem: "no such account" });
  return row;
}

/** Creates an account; refuses a name that exists already (in any letter case). */
export async function addAccount(db: Db, input: { name: unknown; role: unknown; password: unknown }): Promise<Account> {
  const name = parseAccountName(input.name);
  const role = parseRole(input.role);
  const passwordHash = await hashPassword(checkPassword(input.password));
  return accountTransaction(db, async (tx) => {
    const clash = await tx.user.findUnique({ where: { nameKey: nameKeyOf(name) }, select: { name: true } });
    if (clash) throw new UserError({ code: "alreadyExists", field: "name", value: clash.name, values: { scope: "accounts" }, problem: "an account by this name exists already" });
    return toAccount(await tx.user.create({ data: { name, nameKey: nameKeyOf(name), role, passwordHash }, select: ACCOUNT_FIELDS }));
  });
}

/** Gives an account another role; its sessions go on with the new one at once. */
export async function setRole(db: Db, id: number, role: unknown): Promise<Account> {
  const wanted = parseRole(role);
  return accountTransaction(db, async (tx) => {
    const before = await existing(tx, id);
    if (wanted !== "admin") await keepAnAdmin(tx, id, `make ${before.name} ${wanted}`);
    return toAccount(await tx.user.update({ where: { id }, data: { role: wanted }, select: ACCOUNT_FIELDS }));
  });
}

/** Disables an account (its sessions end, it cannot sign in; its history stays) or enables it again. */
export async function setDisabled(db: Db, id: number, disabled: boolean): Promise<Account> {
  return accountTransaction(db, async (tx) => {
    const before = await existing(tx, id);
    if (disabled) {
      await keepAnAdmin(tx, id, `disable ${before.name}`);
      await endSessionsOf(tx, id);
    }
    if (disabled === (before.disabledAt !== null)) return toAccount(before);
    return toAccount(await tx.user.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null }, select: ACCOUNT_FIELDS }));
  });
}

/** Sets a new password; every session of the account ends, so a stolen one stops working. */
export async function resetPassword(db: Db, id: number, password: unknown): Promise<Account> {
  const passwordHash = await hashPassword(checkPassword(password));
  return accountTransaction(db, async (tx) => {
    await existing(tx, id);
    await endSessionsOf(tx, id);
    return toAccount(await tx.user.update({ where: { id }, data: { passwordHash }, select: ACCOUNT_FIELDS }));
  });
}
