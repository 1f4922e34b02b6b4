import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import { UserError } from "../errors";

/**
 * Long enough to resist guessing offline (NIST SP 800-63B asks for at least 8; a shared
 * newsroom tool deserves more), no composition rules. The upper bound only stops a
 * megabyte "password" from costing the server; argon2 takes any length.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * argon2id with OWASP's recommended parameters (19 MiB of memory, 2 passes, 1 lane): memory-hard,
 * so guessing on graphics cards costs as much memory as here. The parameters travel
 * inside each hash (PHC string format), so raising them later leaves old hashes readable.
 */
const ARGON2ID = 2 as Algorithm; // Algorithm.Argon2id: a const enum, which isolated modules cannot read
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Refuses a password that is too short or too long; the message never repeats it. */
export function checkPassword(password: unknown, field = "password"): string {
  if (typeof password !== "string" || !password) throw new UserError({ code: "required", field, problem: "must not be empty" });
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new UserError({ code: "tooShort", field, values: { min: MIN_PASSWORD_LENGTH, length }, problem: `at least ${MIN_PASSWORD_LENGTH} characters (this one has ${length})` });
  }
  if (length > MAX_PASSWORD_LENGTH) throw new UserError({ code: "tooLong", field, values: { max: MAX_PASSWORD_LENGTH }, problem: `at most ${MAX_PASSWORD_LENGTH} characters` });
  return password;
}

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

/** Whether `password` is the one `stored` was made from; false for a malformed hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/**
 * Verifies against a hash of nothing anyone knows: a sign-in with an unknown name then
 * takes as long as one with a wrong password, so timing does not tell which names exist.
 */
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  await verifyPassword(await decoy, password);
}

/** A password to hand someone: 120 random bits as 20 URL-safe characters. */
export const generatePassword = (): string => randomBytes(15).toString("base64url");
