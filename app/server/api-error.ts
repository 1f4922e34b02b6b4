import type { UserError, UserErrorCode } from "@/lib/errors";

/** What was named is not there: the answer is 404, whatever the route. */
const NOT_FOUND: ReadonlySet<UserErrorCode> = new Set(["documentNotFound", "noDocuments", "paragraphNotFound", "notFound"]);

/** A value as the request spelt it: quoted when it holds spaces or quotes. */
const spelt = (value: string | number) => (typeof value === "number" || /^[^\s"'\\]+$/.test(value) ? String(value) : JSON.stringify(value));

export interface ApiErrorOptions {
  /** The request's name for each field lib names ({ document: "doc" }); other fields keep lib's name. */
  parameters?: Readonly<Record<string, string>>;
  /** The status of an answer to bad input (400 unless the route documents another). */
  invalidStatus?: number;
}

/**
 * A UserError as an API route's answer, JSON { error }: one line in English (an API has
 * no interface language) naming the field as the request does ("doc nope: no document with
 * this slug"), with 404 when what was named is not there (from the error's code) and
 * `invalidStatus` for anything else.
 */
export function apiErrorResponse(error: UserError, options: ApiErrorOptions = {}): Response {
  const status = error.code && NOT_FOUND.has(error.code) ? 404 : (options.invalidStatus ?? 400);
  return new Response(JSON.stringify({ error: apiErrorText(error, options.parameters) }) + "\n", {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The line of apiErrorResponse. A message that names its file or line is kept as it is. */
export function apiErrorText(error: UserError, parameters: Readonly<Record<string, string>> = {}): string {
  if (error.field === undefined) return error.message;
  const name = [parameters[error.field] ?? error.field, ...error.path].join(".");
  return `${error.value === undefined ? name : `${name} ${spelt(error.value)}`}: ${error.problem}`;
}
