import { UserError } from "../errors";

/**
 * Another process held the database's write lock for longer than a writer would wait
 * (a long import or alignment that does not commit in pieces). Nothing was written; the
 * same write can simply be tried again.
 */
export class DatabaseBusyError extends UserError {
  constructor(waitedMs: number) {
    super(`the database stayed busy for ${Math.round(waitedMs / 1000)} s (another command or reader is writing); nothing was written, try again`);
    this.name = "DatabaseBusyError";
  }
}
