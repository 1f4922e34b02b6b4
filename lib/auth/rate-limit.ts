import type { Db } from "../db/client";

/** Failed sign-ins are counted over this window. */
export const ATTEMPT_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed per account name in the window; the next attempt is refused unchecked. */
export const ACCOUNT_FAILURE_LIMIT = 5;
/**
 * Failures allowed per client address in the window, over every name it tries: higher,
 * since a desk behind one address may have several people mistyping.
 */
export const ADDRESS_FAILURE_LIMIT = 20;
/** Attempts older than this are deleted: they no longer count for anything. */
const KEEP_ATTEMPTS_MS = 24 * 3600 * 1000;

export interface AttemptKey {
  nameKey: string;
  address: string;
}

/** An attempt refused because of too many failures, and when trying again may succeed. */
export interface Limited {
  scope: "account" | "address";
  retryAfterMs: number;
}

/**
 * Records a sign-in attempt (as failed until markSucceeded says otherwise) and says
 * whether it must be refused without looking at the password: more than the allowed
 * failures for this name (since its last success) or from this address within the
 * window. The row is written before counting, and each attempt counts those numbered
 * before it, so concurrent attempts on any app server cannot slip past the limit together.
 */
export async function recordAttempt(db: Db, key: AttemptKey, now = new Date()): Promise<{ id: number; limited: Limited | null }> {
  const { id } = await db.signInAttempt.create({ data: { ...key, createdAt: now }, select: { id: true } });
  const since = new Date(now.getTime() - ATTEMPT_WINDOW_MS);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { nameKey: key.nameKey, succeeded: true, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const checks = [
    { scope: "account" as const, limit: ACCOUNT_FAILURE_LIMIT, where: { nameKey: key.nameKey, createdAt: { gt: lastSuccess?.createdAt ?? since } } },
    { scope: "address" as const, limit: ADDRESS_FAILURE_LIMIT, where: { address: key.address, createdAt: { gt: since } } },
  ];
  for (const { scope, limit, where } of checks) {
    const failures = await db.signInAttempt.findMany({
      // Attempts recorded up to this one, in the order the database numbered them.
      where: { ...where, succeeded: false, id: { lte: id } },
      orderBy: { id: "desc" },
      take: limit + 1,
      select: { createdAt: true },
    });
    // This attempt is the first of them: refused once the earlier failures fill the allowance.
    // It counts as a failure too, so the next one may go ahead when the limit-th newest leaves the window.
    if (failures.length > limit) {
      const leaves = failures[limit - 1].createdAt.getTime() + ATTEMPT_WINDOW_MS;
      return { id, limited: { scope, retryAfterMs: Math.max(1000, leaves - now.getTime()) } };
    }
  }
  return { id, limited: null };
}

export async function markSucceeded(db: Db, attemptId: number): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

export async function deleteOldAttempts(db: Db, now = new Date()): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_ATTEMPTS_MS) } } });
}
