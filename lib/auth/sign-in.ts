import type { Db } from "../db/client";
import { MAX_NAME_LENGTH, nameKeyOf } from "./account-name";
import { MAX_PASSWORD_LENGTH, verifyDecoy, verifyPassword } from "./password";
import { deleteOldAttempts, markSucceeded, recordAttempt } from "./rate-limit";
import { isRole } from "./roles";
import { createSession, deleteExpiredSessions, type SignedInUser } from "./sessions";

export interface SignInRequest {
  name: unknown;
  password: unknown;
  /** The client's address as the server saw it (never a header the client wrote). */
  address: string;
}

/**
 * What a sign-in gave. `invalid`: no such account or a wrong password (one answer for
 * both, so that names cannot be probed); `disabled`: the right password for a disabled
 * account; `limited`: too many failures for this name or from this address lately, and
 * the password was not even checked.
 */
export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; user: SignedInUser }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "limited"; scope: "account" | "address"; retryAfterMs: number };

/** Checks a name and password and opens a session; every attempt counts toward the rate limits. */
export async function signIn(db: Db, request: SignInRequest, now = new Date()): Promise<SignInResult> {
  const name = typeof request.name === "string" ? request.name : "";
  const password = typeof request.password === "string" ? request.password : "";
  // Bounded before anything is stored: the key of a name no account can have is cut short.
  const nameKey = nameKeyOf(name).slice(0, MAX_NAME_LENGTH * 2);
  const attempt = await recordAttempt(db, { nameKey, address: request.address }, now);
  if (attempt.limited) return { ok: false, reason: "limited", ...attempt.limited };
  await deleteOldAttempts(db, now);

  const user = nameKey ? await db.user.findUnique({ where: { nameKey } }) : null;
  const usable = password.length > 0 && password.length <= MAX_PASSWORD_LENGTH * 2;
  if (!user || !usable) {
    if (usable) await verifyDecoy(password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: "invalid" };
  if (user.disabledAt || !isRole(user.role)) return { ok: false, reason: "disabled" };

  await markSucceeded(db, attempt.id);
  await deleteExpiredSessions(db, now);
  const session = await createSession(db, user.id, now);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { ok: true, ...session, user: { id: user.id, name: user.name, role: user.role } };
}
