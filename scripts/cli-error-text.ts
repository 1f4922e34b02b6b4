import type { UserError, UserErrorCode } from "../lib/errors";

/**
 * How the command line says a UserError: the field as the flag it is given with ("--doc
 * nope: no document with this slug"), and what to type next where there is something to
 * type. The one place that knows both lib's fields and the commands' flags.
 */

/** The flag each field is given with; null for a field given as an argument (named by its value alone). */
const FLAGS: Readonly<Record<string, string | null>> = {
  document: "--doc",
  documents: "--all",
  english: "--en",
  slug: "--slug",
  sourceLang: "--source-lang",
  targetLang: "--target-lang",
  format: "--format",
  replaceEdited: "--replace-edited",
  account: null,
  // glossary accept's options for the entry it makes, and user add's
  fr: "--fr",
  en: "--en",
  kind: "--kind",
  note: "--note",
  role: "--role",
};

/** A value as typed on a command line: quoted when it would not stay one word. */
const typed = (value: string | number) => (typeof value === "number" || /^[^\s"'\\]+$/.test(value) ? String(value) : JSON.stringify(value));

/** "--doc nope", "--en", "nobody", or the field as lib names it ("fr", "edit.paragraphId") when no flag gives it. */
function subjectOf(error: UserError): string {
  const flag = error.field !== undefined && error.field in FLAGS ? FLAGS[error.field] : [error.field, ...error.path].filter((p) => p !== undefined).join(".");
  return [flag, error.value === undefined ? undefined : typed(error.value)].filter(Boolean).join(" ");
}

/** Where the default "SUBJECT: problem" is not all a person at the command line needs. */
const PHRASES: Partial<Record<UserErrorCode, (error: UserError, subject: string) => string>> = {
  documentsNotChosen: () => "name a document with --doc SLUG, or use --all",
  editedEnglishReplaced: (e, subject) => `${subject}: ${e.problem}; add --replace-edited to replace them anyway`,
  englishInBilingualFile: (e, subject) => `${subject}: ${e.values.file} already holds the English; --en is for articles`,
  slugNeedsOneDocument: (e, subject) => `${subject}: ${e.values.file} holds ${e.values.count} documents; --slug needs a file with one`,
  accountNotFound: (e, subject) => `${subject}: ${e.problem} (npm run user -- list)`,
  notAligned: (e) => `${e.problem} (run \`npm run align\` first)`,
  notFound: (e, subject) => (e.field === "candidate" ? `${subject}: ${e.problem} (npm run glossary -- candidates)` : `${subject}: ${e.problem}`),
};

/** The one line a command prints for `error` (after "error: " when it stops the command). */
export function cliErrorText(error: UserError): string {
  const subject = subjectOf(error);
  const phrase = error.code && PHRASES[error.code];
  if (phrase) return phrase(error, subject);
  // A message that names its file or line ("article.txt:12: …") is printed as it is.
  if (error.field === undefined) return error.message;
  return subject ? `${subject}: ${error.problem}` : error.problem;
}
