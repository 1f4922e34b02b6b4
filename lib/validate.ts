import type { z } from "zod";
import { UserError } from "./errors";

/**
 * `value` checked against `schema`: the parsed value, or a UserError naming the field and
 * where in it the first problem is ("edit.paragraphId: must be a number"). Without
 * `field`, the value is a set of fields (a form, a query string) and the first step of the
 * zod path names the field ("fr: must not be empty"); `whole` names it when the problem is
 * with the set as a whole.
 */
export function validate<T>(schema: z.ZodType<T>, value: unknown, field?: string, whole = "input"): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.map((step) => (typeof step === "number" ? step : String(step)));
  if (field !== undefined) throw new UserError({ field, path, problem: issue.message });
  const [first, ...rest] = path;
  throw new UserError({ field: first === undefined ? whole : String(first), path: rest, problem: issue.message });
}
