import type { OutputConfiguration } from "commander";
import { databaseProblem } from "../lib/db/problem";
import { resolveDatabaseUrl } from "../lib/db/url";
import { UserError } from "../lib/errors";
import { cliErrorText } from "./cli-error-text";

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
 * Resolves when everything written to `stream` so far has left the process. A pipe takes
 * 64 KB; past that, Node keeps the rest queued and writes it as the reader reads, so an
 * exit before then would cut the output short. Writes complete in order: the callback of
 * an empty write comes after all of them (with an error if the reader has gone).
 */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || !stream.writable) return Promise.resolve();
  return new Promise((resolve) => stream.write("", () => resolve()));
}

/** Ends the process with `code` once stdout and stderr are written out, however slow their readers. */
async function exitAfterOutput(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  // Exit rather than wait for the event loop to empty: a handle left open (a database or HTTP client) must not keep a finished command running.
  process.exit(code);
}

/**
 * Runs a command's main function: a UserError (bad file, bad argument) becomes one line
 * on stderr, phrased for the command line (cliErrorText), and exit code 1; anything else is a bug and keeps its stack trace. The
 * process ends only once its output is written out.
 */
export function runCommand(main: () => Promise<void>): void {
  // Inside the promise: a bad DATABASE_URL found while moving is reported like any error.
  Promise.resolve()
    .then(() => {
      moveToUserFolder();
      return main();
    })
    .then(
      () => exitAfterOutput(typeof process.exitCode === "number" ? process.exitCode : 0),
      async (error: unknown) => {
        // A database that cannot be used is the user's to fix: one line, as for a bad file.
        const problem = error instanceof UserError ? cliErrorText(error) : await databaseProblem(error);
        if (problem) {
          console.error(`error: ${problem}`);
        } else {
          console.error(error);
        }
        return exitAfterOutput(1);
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
