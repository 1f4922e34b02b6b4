import { UserError } from "../errors";

export const MAX_NAME_LENGTH = 64;
/**
 * Letters and digits of any script, with . _ - @ ' and single spaces inside: a person's
 * name ("Claire Dubois", "Zoé") or a login ("c.dubois", "claire@desk"). No control or
 * invisible characters, which would make two names look alike.
 */
const NAME = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}._@'-]| (?! ))*$/u;

/** The name as it is shown: trimmed and in Unicode's composed form. */
export function parseAccountName(value: unknown, field = "name"): string {
  if (typeof value !== "string" || !value.trim()) throw new UserError({ code: "required", field, problem: "must not be empty" });
  const name = value.trim().normalize("NFC");
  if ([...name].length > MAX_NAME_LENGTH) throw new UserError({ code: "tooLong", field, values: { max: MAX_NAME_LENGTH }, problem: `at most ${MAX_NAME_LENGTH} characters` });
  if (!NAME.test(name)) throw new UserError({ code: "nameSyntax", field, value: name, problem: "may hold only letters, digits, single spaces and . _ - @ '" });
  return name;
}

/** The key an account is found by: the same for "Claire" and "claire". */
export const nameKeyOf = (name: string): string => name.trim().normalize("NFC").toLowerCase();
