import type { UserError, UserErrorCode } from "@/lib/errors";
import { PASTED_ENGLISH, PASTED_FRENCH } from "@/lib/import/pasted-names";
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
type Key = `Errors.${UserErrorCode}` | `Errors.fields.${LabelledField}` | "Errors.place" | "Import.replaceEdited";

/** The part of next-intl's translator this needs (getTranslations() or createTranslator()). */
export type ErrorTranslator = (key: Key, values?: Record<string, string | number>) => string;

/** Every field with a label (a compile error here means a label in messages/*.json missing from this list, or the reverse). */
const LABELLED: Record<LabelledField, true> = {
  document: true,
  documents: true,
  english: true,
  french: true,
  files: true,
  url: true,
  slug: true,
  paragraph: true,
  account: true,
  form: true,
  fr: true,
  en: true,
  kind: true,
  note: true,
  noteFr: true,
  variants: true,
  variantsFr: true,
  variantsEn: true,
  text: true,
  lang: true,
  entry: true,
  variant: true,
  candidate: true,
  revision: true,
  file: true,
  name: true,
  password: true,
  role: true,
  id: true,
  action: true,
  source: true,
  format: true,
  mode: true,
};
const isLabelled = (field: string): field is LabelledField => Object.hasOwn(LABELLED, field);

/**
 * The label of the form field the error names: lib's field and the first step of its path
 * where the form has a field of its own for each ("variants" at "fr": the form's
 * "variantsFr"), else lib's field; a field no form labels (an action's argument, which
 * only a request not made by the page gets wrong) keeps lib's name and path ("edit.paragraphId").
 */
function labelOf(error: UserError, t: ErrorTranslator): string {
  if (error.field === undefined) return "";
  const [step] = error.path;
  const specific = typeof step === "string" ? `${error.field}${step.charAt(0).toUpperCase()}${step.slice(1)}` : "";
  if (isLabelled(specific)) return t(`Errors.fields.${specific}`);
  return isLabelled(error.field) ? t(`Errors.fields.${error.field}`) : [error.field, ...error.path].join(".");
}

const PASTED: Readonly<Record<string, LabelledField>> = { [PASTED_FRENCH]: "french", [PASTED_ENGLISH]: "english" };

/** A file's name as the page shows it: pasted text by the form's label, in the language of `t`. */
export const shownFileName = (file: string, t: ErrorTranslator): string => (Object.hasOwn(PASTED, file) ? t(`Errors.fields.${PASTED[file]}`) : file);

/**
 * An error about a file, its values made ready for the sentence: the file as the page shows
 * it, and `place`, where in the file ("g.csv, ligne 4", "g.tbx, entrée 2 (id « c2 »)", the
 * file alone). A place value the error lacks is "none" (ICU's select cannot test for a
 * missing value).
 */
function fileValues(values: UserError["values"], file: string, t: ErrorTranslator) {
  const at = { line: "none", entry: "none", id: "none", ...values, file: shownFileName(file, t) };
  return { ...at, place: t("Errors.place", { file: at.file, line: at.line, entry: at.entry, id: at.id }) };
}

/** The one line the page shows for `error`, in the language of `t`. */
export function phraseUserError(error: UserError, t: ErrorTranslator): string {
  if (!error.code) return error.message;
  const values = {
    ...(typeof error.values.file === "string" ? fileValues(error.values, error.values.file, t) : error.values),
    // An error standing for another (an entry's, inside a file) says that one in its sentence.
    ...(error.cause && { cause: phraseUserError(error.cause, t) }),
  };
  const text = t(`Errors.${error.code}`, { field: labelOf(error, t), value: error.value ?? "", option: t("Import.replaceEdited"), ...values });
  // next-intl answers with the key when the error lacks a value its message needs: lib's message says more.
  return text === `Errors.${error.code}` ? error.message : text;
}
