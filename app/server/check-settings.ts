import { UserError } from "@/lib/errors";
import { allowedHosts } from "@/lib/security/allowed-hosts";

/**
 * Settings read once at start-up (instrumentation.ts): a bad one stops the server with
 * one line, rather than let it answer every write with the same error later.
 */
export function exitOnBadSettings(): void {
  try {
    allowedHosts();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}
