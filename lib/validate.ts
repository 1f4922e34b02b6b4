import type { z } from "zod";
import { UserError, type UserErrorCode, type UserErrorValues } from "./errors";

/** What is at `path` inside `value`, or undefined. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const step of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[step];
  }
  return here;
}

/**
 * The kind of problem a zod issue is, for the web page to phrase in its language (the
 * schema's own message, in English, stays the error's problem): a few generic kinds, so
 * that every schema gets them without a message of its own.
 */
function kindOf(issue: z.core.$ZodIssue, input: unknown): { code: UserErrorCode; values?: UserErrorValues } {
  switch (issue.code) {
    case "invalid_type":
      return { code: valueAt(input, issue.path) === undefined ? "required" : "invalid" };
    case "too_small":
      if (issue.origin !== "string") return { code: "invalid" };
      return Number(issue.minimum) <= 1 ? { code: "required" } : { code: "tooShort", values: { min: Number(issue.minimum) } };
    case "too_big":
      return issue.origin === "string" ? { code: "tooLong", values: { max: Number(issue.maximum) } } : { code: "invalid" };
    case "invalid_value":
      return { code: "invalidChoice", values: { choices: issue.values.map(String).join(", ") } };
    default:
      return { code: "invalid" };
  }
}

/**
 * `value` checked against `schema`: the parsed value, or a UserError naming the field and
 * where in it the first problem is ("edit.paragraphId: must be a number"), with a code
 * saying what kind of problem it is (required, tooLong…: see kindOf). Without `field`, the
 * value is a set of fields (a form, a query string) and the first step of the zod path
 * names the field ("fr: must not be empty"); `whole` names it when the problem is with the
 * set as a whole.
 */
export function validate<T>(schema: z.ZodType<T>, value: unknown, field?: string, whole = "input"): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const kind = kindOf(issue, value);
  const path = issue.path.map((step) => (typeof step === "number" ? step : String(step)));
  if (field !== undefined) throw new UserError({ ...kind, field, path, problem: issue.message });
  const [first, ...rest] = path;
  throw new UserError({ ...kind, field: first === undefined ? whole : String(first), path: rest, problem: issue.message });
}

/** A form's `action` field naming no action this form has (only a request not made by the page does that). */
export const unknownAction = () => new UserError({ code: "invalid", field: "action", problem: "unknown action" });
