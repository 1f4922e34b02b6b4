import { UserError } from "../errors";
import { checkDatabase } from "./migrate";
import { resolveDatabaseUrl } from "./url";

/** Why the database DATABASE_URL names cannot serve the app, in one line, or undefined. */
export async function checkDatabaseUrl(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  try {
    return await checkDatabase(resolveDatabaseUrl(env));
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}
