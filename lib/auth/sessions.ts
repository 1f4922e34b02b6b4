import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "../db/client";
import { isRole, type Role } from "./roles";

/** The cookie that carries a session's token. */
export const SESSION_COOKIE = "vav_session";
/** A session lasts this long from sign-in; then its person signs in again. */
export const SESSION_LIFETIME_MS = 14 * 24 * 3600 * 1000;

/** A signed-in person, as a request sees them. */
export interface SignedInUser {
  id: number;
  name: string;
  role: Role;
}

/** 256 random bits, URL-safe: the cookie's value. */
const newToken = () => randomBytes(32).toString("base64url");
/** What the database keeps of a token: a leaked table gives no session. */
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Opens a session for an account; returns the token for the cookie and when it expires. */
export async function createSession(db: Db | Tx, userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.session.create({ data: { tokenHash: tokenHash(token), userId, expiresAt, createdAt: now } });
  return { token, expiresAt };
}

/**
 * The person a session token belongs to, or null: no such session, expired, or its
 * account disabled or given a role this code does not know. One indexed read, on the
 * database every app server shares, so a sign-out anywhere holds everywhere at once.
 */
export async function sessionUser(db: Db, token: string | null | undefined, now = new Date()): Promise<SignedInUser | null> {
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: { expiresAt: true, user: { select: { id: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt || !isRole(session.user.role)) return null;
  return { id: session.user.id, name: session.user.name, role: session.user.role };
}

/** Ends one session (signing out); a token that names none is ignored. */
export async function endSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: tokenHash(token) } });
}

/** Ends every session of an account (disabled, or its password reset). */
export async function endSessionsOf(db: Db | Tx, userId: number): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

/** Forgets sessions past their expiry: housekeeping, done at each sign-in. */
export async function deleteExpiredSessions(db: Db | Tx, now = new Date()): Promise<void> {
  await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
}
