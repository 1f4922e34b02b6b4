import { z } from "zod";
import { validate } from "@/lib/validate";

/**
 * The arguments of server actions and route parameters, checked at the front door: a
 * server action is an HTTP endpoint that anyone can call with any JSON, so each argument
 * is validated here before lib/ or the database sees it, and a bad one is answered with a
 * message naming it, never a 500.
 */

/** Largest row id: Prisma's Int is 32 bits on PostgreSQL, so no larger number names a row. */
export const MAX_ID = 2_147_483_647;
/** Longer than any slug we make (see lib/text/slug.ts); a bound, not the slug rules. */
const MAX_SLUG_LENGTH = 200;

export const idInput = z
  .number("must be a number")
  .int("must be a whole number")
  .min(1, "must be positive")
  .max(MAX_ID, `must be at most ${MAX_ID}`);

export const slugInput = z.string("must be a text").min(1, "must not be empty").max(MAX_SLUG_LENGTH, `at most ${MAX_SLUG_LENGTH} characters`);

/** An id written in a URL: digits only, then a valid id. */
export const idParam = z
  .string()
  .regex(/^[0-9]{1,10}$/, "not a paragraph id (a positive whole number)")
  .transform(Number)
  .pipe(idInput);

export const restoreInput = z.object({ paragraphId: idInput, revisionId: idInput, expectedVersion: idInput });

/** The ids of a translation edit; lib/editing validates the rest (text, status, note). */
export const translationEditIds = z.looseObject({ paragraphId: idInput, expectedVersion: idInput });

/** `value` checked against `schema`, or a UserError naming `field` and where in it ("slug: must be a text"): see validate. */
export const parseInput = <T>(schema: z.ZodType<T>, value: unknown, field: string): T => validate(schema, value, field);
