/**
 * Runs once when the server starts (server.ts, `next start` or `next dev`): settings are
 * checked now (app/server/check-settings.ts), so that a bad ALLOWED_HOSTS stops the server
 * with one line. (Each request's client address is stamped by server.ts, not here: see
 * lib/security/peer-address.ts.)
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitOnBadSettings } = await import("./app/server/check-settings");
  exitOnBadSettings();
  // The server refuses to start on a database it cannot use (missing, a folder,
  // read-only, unreachable, not set up): one line that says what to do, then exit.
  const { checkDatabaseUrl } = await import("./lib/db/startup-check");
  const problem = await checkDatabaseUrl();
  if (problem) {
    console.error(`error: ${problem}`);
    process.exit(1);
  }
}
