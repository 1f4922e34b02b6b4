import type { UserError, UserErrorCode } from "@/lib/errors";
import type en from "@/messages/en.json";

/**
 * How the web page says a UserError: a kind it knows (a code) in the interface's language,
 * naming the form's field as the form labels it; anything else by its message, which
 * names its file or line. Free of the request, so that a test can give it a translator.
 */

type ErrorMessages = (typeof en)["Errors"];
/** A compile error here means a code without a message in messages/*.json. */
const everyCodeHasAMessage: ErrorMessages extends Record<UserErrorCode, string> ? true : never = true;
void everyCodeHasAMessage;

type LabelledField = keyof ErrorMessages["fields"];
type Key = `Errors.${UserErrorCode}` | `Errors.fields.${LabelledField}` | "Import.replaceEdited";

/** The part of next-intl's translator this needs (getTranslations() or createTranslator()). */
export type ErrorTranslator = (key: Key, values?: Record<string, string | number>) => string;

const LABELLED: readonly string[] = ["document", "documents", "english", "french", "files", "url", "slug", "paragraph", "account", "form"] satisfies LabelledField[];
const isLabelled = (field: string): field is LabelledField => LABELLED.includes(field);

/** The one line the page shows for `error`, in the language of `t`. */
export function phraseUserError(error: UserError, t: ErrorTranslator): string {
  if (!error.code) return error.message;
  const field = error.field === undefined ? "" : isLabelled(error.field) ? t(`Errors.fields.${error.field}`) : error.field;
  return t(`Errors.${error.code}`, { field, value: error.value ?? "", option: t("Import.replaceEdited"), ...error.values });
}
