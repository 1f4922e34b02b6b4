import type { OutputConfiguration } from "commander";
import { databaseProblem } from "../lib/db/problem";
import { resolveDatabaseUrl } from "../lib/db/url";
import { UserError } from "../lib/errors";

/**
 * `npm run` starts a command in the project's folder, but the files a person names are
 * meant from the folder where they typed it (INIT_CWD). The database stays the project's:
 * its default path is fixed before moving.
 */
function moveToUserFolder(): void {
  const userFolder = process.env.INIT_CWD;
  if (!userFolder || userFolder === process.cwd()) return;
  process.env.DATABASE_URL = resolveDatabaseUrl();
  process.chdir(userFolder);
}

/**
 * Runs a command's main function: a UserError (bad file, bad argument) becomes one line
 * on stderr and exit code 1; anything else is a bug and keeps its stack trace.
 */
export function runCommand(main: () => Promise<void>): void {
  // Inside the promise: a bad DATABASE_URL found while moving is reported like any error.
  Promise.resolve()
    .then(() => {
      moveToUserFolder();
      return main();
    })
    .then(
      () => process.exit(process.exitCode ?? 0),
      async (error: unknown) => {
        // A database that cannot be used is the user's to fix: one line, as for a bad file.
        const problem = error instanceof UserError ? error.message : await databaseProblem(error);
        if (problem) {
          console.error(`error: ${problem}`);
        } else {
          console.error(error);
        }
        process.exit(1);
      },
    );
}

/**
 * For commander's configureOutput: an argument error is one line (the README promises
 * it) that points at --help rather than printing it.
 */
export const ONE_LINE_ERRORS: OutputConfiguration = {
  outputError: (message, write) => write(message.replace(/\n?$/, " (see --help)\n")),
};
