import { UserError } from "../lib/errors";

/**
 * Runs a command's main function: a UserError (bad file, bad argument) becomes one line
 * on stderr and exit code 1; anything else is a bug and keeps its stack trace.
 */
export function runCommand(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof UserError) {
        console.error(`error: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
