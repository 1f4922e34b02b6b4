/**
 * Runs once when the server starts:
 * - Settings are checked now (app/server/check-settings.ts): a bad ALLOWED_HOSTS stops
 *   the server with one line.
 * - Each request's real client address goes into a header of our own before Next.js sees
 *   the request. Next.js exposes no socket address to route handlers or server actions,
 *   and it keeps an x-forwarded-for header that the client sent (so anyone could claim to
 *   be 127.0.0.1); the write guard (app/server/write-guard.ts) reads this header instead.
 *   Any value the client sent under the same name is overwritten.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitOnBadSettings } = await import("./app/server/check-settings");
  exitOnBadSettings();
  const { recordPeerAddresses } = await import("./lib/security/peer-address");
  recordPeerAddresses();
  // The server refuses to start on a database it cannot use (missing, a folder,
  // read-only, unreachable, not set up): one line that says what to do, then exit.
  const { checkDatabaseUrl } = await import("./lib/db/startup-check");
  const problem = await checkDatabaseUrl();
  if (problem) {
    console.error(`error: ${problem}`);
    process.exit(1);
  }
}
