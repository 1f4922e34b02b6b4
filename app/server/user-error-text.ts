import { getTranslations } from "next-intl/server";
import type { UserError } from "@/lib/errors";
import { phraseUserError } from "./user-error-phrase";

/** `error` as the page shows it, in the language of the request's interface (see phraseUserError). */
export async function userErrorText(error: UserError): Promise<string> {
  return phraseUserError(error, await getTranslations());
}
