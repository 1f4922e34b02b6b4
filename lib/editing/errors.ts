import { UserError } from "../errors";

/**
 * A save based on a version that is no longer current: someone else saved in between.
 * Carries what is stored now so the editor can show it next to the person's own text.
 */
export class StaleVersionError extends UserError {
  constructor(
    readonly paragraphId: number,
    readonly currentVersion: number,
    readonly currentText: string,
  ) {
    super({
      code: "staleVersion",
      field: "paragraph",
      value: paragraphId,
      values: { version: currentVersion },
      problem: `changed by someone else since you opened it (now version ${currentVersion})`,
    });
    this.name = "StaleVersionError";
  }
}
