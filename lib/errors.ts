/**
 * An error caused by what the user gave us (a file, an argument, a form field), not by a
 * bug. Its message is one line that names the file, line or field; front doors print it
 * as is, without a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
