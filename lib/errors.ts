/**
 * The kinds of user error a person can meet on a page or at the command line, which each
 * front door phrases for its audience (scripts/cli-error-text.ts: flags and hints;
 * app/server/user-error-text.ts: the form's fields in the interface's language).
 */
export type UserErrorCode =
  /** No document has this slug (value) or id (values.id). */
  | "documentNotFound"
  /** Every document was asked for, and there is none. */
  | "noDocuments"
  /** Neither one document nor all of them was named. */
  | "documentsNotChosen"
  /** A field that must be filled was left empty. */
  | "required"
  /** No English paragraph of this document has this id (value). */
  | "paragraphNotFound"
  /** An English file given beside a file that holds both languages (values.file). */
  | "englishInBilingualFile"
  /** One English file given for several French ones. */
  | "englishNeedsOneArticle"
  /** The new English would replace values.count paragraphs a person corrected or reviewed. */
  | "editedEnglishReplaced"
  /** A slug (value) that is not lower-case letters, digits and single hyphens. */
  | "slugSyntax"
  /** A slug given for a file (values.file) holding values.count documents. */
  | "slugNeedsOneDocument"
  /** No account by this name (value). */
  | "accountNotFound"
  /** The document's English is not aligned yet, so what lacks English is not known. */
  | "notAligned"
  /** The value (value) is taken: values.scope says where ("glossary", "entry": a form of this entry, "accounts"). */
  | "alreadyExists"
  /** The field names a row by id (value) that is not there, or no longer: an entry, a variant, a candidate, an account, a revision. */
  | "notFound"
  /** A glossary candidate (value) already accepted or rejected (values.status). */
  | "alreadyDecided"
  /** A hand edit of the alignment that cannot apply to this row: values.reason says why. */
  | "alignmentEditRefused"
  /** A paragraph (value) saved by someone else since it was opened (values.version is the current version). */
  | "staleVersion"
  /** Shorter than values.min characters (values.length when it helps and repeats nothing secret). */
  | "tooShort"
  /** Longer than values.max characters. */
  | "tooLong"
  /** Not one of the values allowed (values.choices, as they are written). */
  | "invalidChoice"
  /** Not a valid value of its kind, for any other reason (a form only a forged request fills so). */
  | "invalid"
  /** An account name (value) with a character a name may not hold. */
  | "nameSyntax"
  /** The change would leave no enabled admin (values.name is the only one). */
  | "lastAdmin"
  /** A file (values.file) of values.size MB, over the limit of values.max MB. */
  | "fileTooLarge"
  /** A file (values.file) holding binary data: values.reason "nul", or "control" with values.character and values.line. */
  | "binaryFile"
  /** A file (values.file) that is not UTF-8 from values.line (values.byte). */
  | "notUtf8"
  /** A file (values.file) with nothing in it. */
  | "emptyFile"
  /** A file (values.file) whose extension (values.extension) is not one of values.expected. */
  | "unknownExtension"
  /** A file or page (values.file) in which no article text was found. */
  | "noArticleText"
  /** A web address (value) that is not a URL. */
  | "invalidUrl"
  /** A web page (values.url) that could not be fetched: values.reason says why, values.detail says more where a reason needs it. */
  | "pageNotFetched"
  // What is wrong inside a file's content. Each names the file (values.file) and, where it
  // is known, the place in it: values.line, or for a TBX file values.entry (the entry's
  // number) and values.id (its id attribute, or an XLIFF unit's).
  /** Not well-formed XML: values.detail is the parser's own words. */
  | "notWellFormedXml"
  /** XML refused for safety: values.reason "entity" (an <!ENTITY> declaration), "doctype" (a DOCTYPE with declarations), "character" or "reference" (values.character: a character XML forbids, written literally or as a reference). */
  | "refusedXml"
  /** Nested deeper than values.max levels: values.format "xml", "html" or "markdown"; for HTML, values.limit "depth" says so, "total" that its elements' depths add up to over values.max. */
  | "tooDeeplyNested"
  /** HTML with more than values.max elements. */
  | "tooManyElements"
  /** Not a values.format file ("TMX", "XLIFF", "TBX"): its root element is not values.expected. */
  | "wrongRootElement"
  /** An element (values.element) without the child element values.missing. */
  | "missingElement"
  /** An element (values.element) without the attribute values.attribute. */
  | "missingAttribute"
  /** An element (values.element) without a values.missing child in the language values.lang (its xml:lang). */
  | "missingLanguage"
  /** A TMX translation unit (values.element) with one <tuv> only: no target. */
  | "unitWithoutTarget"
  /** An element (values.element) of a version (values.version) not read: values.expected lists those that are. */
  | "unsupportedVersion"
  /** A TMX or XLIFF file without a translation unit that holds text. */
  | "noTranslationUnits"
  /** A CSV row the parser cannot read: values.reason "fieldCount" (values.got fields where the header has values.expected), "unclosedQuote", "strayQuote", or "other" (values.detail: the parser's words). */
  | "badCsvRow"
  /** A CSV header naming a column (values.column) not among values.expected. */
  | "unknownColumn"
  /** A CSV header without the required column values.column. */
  | "missingColumn"
  /** A glossary file's entry whose French form (values.term) an earlier entry has: values.first is that one's line, or its entry number in a TBX file. */
  | "duplicateTerm"
  /** A glossary file's entry refused for a reason its `cause` gives (a form left empty, an unknown kind…). */
  | "invalidEntry";

export type UserErrorValues = Readonly<Record<string, string | number>>;

export interface UserErrorDetails {
  code?: UserErrorCode;
  /** What the person gave, in domain terms ("document", "english", "sourceLang"), not a flag or a form field's name. */
  field?: string;
  /** Where inside the field, for structured input (a zod path: "variants.fr.0"). */
  path?: readonly (string | number)[];
  /** The value the field held, when it helps to repeat it (the slug, the file name). */
  value?: string | number;
  /** Whatever else the phrasing needs (a count, a file name). */
  values?: UserErrorValues;
  /** What is wrong, in plain English, naming no flag, form field or command. */
  problem: string;
  /** The error this one puts in its place (an entry's, inside a file): a page phrases it inside this one's sentence. */
  cause?: UserError;
}

/** "document \"nope\"", "english", "fr.0": the subject a default message starts with. */
function subjectOf(details: UserErrorDetails): string {
  const where = [details.field, ...(details.path ?? [])].filter((p) => p !== undefined && p !== "").join(".");
  if (details.value === undefined) return where;
  const value = typeof details.value === "number" ? String(details.value) : JSON.stringify(details.value);
  return `${where} ${value}`.trim();
}

/**
 * An error caused by what the user gave us (a file, an argument, a form field), not by a
 * bug. Either a one-line message that already names the file or line ("article.txt:12: …"),
 * or details saying what went wrong with which field, which each front door phrases;
 * `message` is then "field \"value\": problem", a sensible default for logs and tests.
 */
export class UserError extends Error {
  readonly code?: UserErrorCode;
  readonly field?: string;
  readonly path: readonly (string | number)[];
  readonly value?: string | number;
  readonly values: UserErrorValues;
  readonly problem: string;
  override readonly cause?: UserError;

  constructor(detail: string | UserErrorDetails) {
    const details: UserErrorDetails = typeof detail === "string" ? { problem: detail } : detail;
    const subject = subjectOf(details);
    super(typeof detail === "string" || !subject ? details.problem : `${subject}: ${details.problem}`);
    this.cause = details.cause;
    this.name = "UserError";
    this.code = details.code;
    this.field = details.field;
    this.path = details.path ?? [];
    this.value = details.value;
    this.values = details.values ?? {};
    this.problem = details.problem;
  }
}

/**
 * `error`, raised about a place in a text (its line), as raised about the file or page
 * that text came from: the same kind and values, `file` among them, the message starting
 * with it ("article.md: line 3: …"). Only for errors that name no field.
 */
export function inFile(error: UserError, file: string): UserError {
  return new UserError({ code: error.code, values: { ...error.values, file }, problem: `${file}: ${error.message}`, cause: error.cause });
}
