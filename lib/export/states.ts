import type { ParagraphStatus } from "./types";

/**
 * How an English paragraph's status maps onto XLIFF states, both ways.
 * XLIFF 2.1 <segment state>: machine → initial (subState vav:machine), draft → translated,
 * reviewed → reviewed. XLIFF 1.2 <target state>: machine → needs-review-translation
 * (state-qualifier mt-suggestion), draft → translated, reviewed → signed-off, with
 * approved="yes" on the trans-unit.
 */
export const XLIFF2_STATE: Record<ParagraphStatus, string> = { machine: "initial", draft: "translated", reviewed: "reviewed" };
export const XLIFF12_STATE: Record<ParagraphStatus, string> = {
  machine: "needs-review-translation",
  draft: "translated",
  reviewed: "signed-off",
};

/** A status read back from an XLIFF 2 segment (state and subState). */
export function statusFromXliff2(state: string | undefined, subState: string | undefined): ParagraphStatus {
  if (state === "reviewed" || state === "final") return "reviewed";
  if (state === "initial" && (!subState || /machine|mt/i.test(subState))) return "machine";
  return "draft";
}

/** A status read back from an XLIFF 1.2 trans-unit (approved) and its target (state, state-qualifier). */
export function statusFromXliff12(state: string | undefined, qualifier: string | undefined, approved: string | undefined): ParagraphStatus {
  if (approved === "yes" || state === "signed-off" || state === "final") return "reviewed";
  if (qualifier === "mt-suggestion" || qualifier === "leveraged-mt" || state === "needs-review-translation") return "machine";
  return "draft";
}
