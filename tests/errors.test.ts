import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { apiErrorText } from "../app/server/api-error";
import { phraseUserError, type ErrorTranslator } from "../app/server/user-error-phrase";
import { UserError, type UserErrorCode } from "../lib/errors";
import { validate } from "../lib/validate";
import en from "../messages/en.json";
import fr from "../messages/fr.json";
import { cliErrorText } from "../scripts/cli-error-text";

/** One error of each kind, as lib raises it. */
const EXAMPLES: Record<UserErrorCode, UserError> = {
  documentNotFound: new UserError({ code: "documentNotFound", field: "document", value: "nope", problem: "no document with this slug" }),
  noDocuments: new UserError({ code: "noDocuments", field: "documents", problem: "no document to export" }),
  documentsNotChosen: new UserError({ code: "documentsNotChosen", field: "document", problem: "name a document, or choose every document" }),
  required: new UserError({ code: "required", field: "url", problem: "required" }),
  paragraphNotFound: new UserError({ code: "paragraphNotFound", field: "paragraph", value: 12, problem: "not an English paragraph of this document" }),
  englishInBilingualFile: new UserError({ code: "englishInBilingualFile", field: "english", value: "x.txt", values: { file: "two.tmx" }, problem: "…" }),
  englishNeedsOneArticle: new UserError({ code: "englishNeedsOneArticle", field: "english", problem: "…" }),
  editedEnglishReplaced: new UserError({ code: "editedEnglishReplaced", field: "english", values: { count: 1 }, problem: "the new English would replace 1 paragraph corrected or reviewed in the reader" }),
  slugSyntax: new UserError({ code: "slugSyntax", field: "slug", value: "Not A Slug", problem: "use lower-case letters, digits and single hyphens" }),
  slugNeedsOneDocument: new UserError({ code: "slugNeedsOneDocument", field: "slug", value: "one", values: { file: "two.tmx", count: 2 }, problem: "…" }),
  accountNotFound: new UserError({ code: "accountNotFound", field: "account", value: "nobody", problem: "no account by that name" }),
  notAligned: new UserError({ code: "notAligned", problem: "English paragraphs not aligned yet" }),
};

const translator = (locale: "fr" | "en") => createTranslator({ locale, messages: locale === "fr" ? fr : en }) as unknown as ErrorTranslator;

describe("UserError", () => {
  it("keeps a one-line default message: field, value, problem", () => {
    expect(EXAMPLES.documentNotFound.message).toBe('document "nope": no document with this slug');
    expect(EXAMPLES.paragraphNotFound.message).toBe("paragraph 12: not an English paragraph of this document");
    expect(EXAMPLES.notAligned.message).toBe("English paragraphs not aligned yet");
    expect(new UserError("article.txt:12: no title").message).toBe("article.txt:12: no title");
  });

  it("lib's defaults name no flag or command", () => {
    for (const error of Object.values(EXAMPLES)) expect(error.message).not.toMatch(/--|npm run/);
  });
});

describe("validate", () => {
  const schema = z.object({ paragraphId: z.number("must be a number") });
  it("names the field and the zod path", () => {
    expect(() => validate(schema, { paragraphId: "7" }, "edit")).toThrow(expect.objectContaining({ field: "edit", path: ["paragraphId"], message: "edit.paragraphId: must be a number" }));
  });
  it("without a field, the path's first step is the field", () => {
    expect(() => validate(schema, {})).toThrow(expect.objectContaining({ field: "paragraphId", path: [], message: "paragraphId: must be a number" }));
    expect(() => validate(schema, null, undefined, "query")).toThrow(expect.objectContaining({ field: "query" }));
  });
  it("gives the parsed value", () => {
    expect(validate(schema, { paragraphId: 7, other: 1 }, "edit")).toEqual({ paragraphId: 7 });
  });
});

describe("the command line's phrasing", () => {
  it.each([
    ["documentNotFound", "--doc nope: no document with this slug"],
    ["documentsNotChosen", "name a document with --doc SLUG, or use --all"],
    ["noDocuments", "--all: no document to export"],
    ["editedEnglishReplaced", "--en: the new English would replace 1 paragraph corrected or reviewed in the reader; add --replace-edited to replace them anyway"],
    ["englishInBilingualFile", "--en x.txt: two.tmx already holds the English; --en is for articles"],
    ["slugSyntax", '--slug "Not A Slug": use lower-case letters, digits and single hyphens'],
    ["slugNeedsOneDocument", "--slug one: two.tmx holds 2 documents; --slug needs a file with one"],
    ["accountNotFound", "nobody: no account by that name (npm run user -- list)"],
    ["notAligned", "English paragraphs not aligned yet (run `npm run align` first)"],
  ] as const)("%s: %s", (code, text) => {
    expect(cliErrorText(EXAMPLES[code])).toBe(text);
  });
  it("a field without a flag keeps lib's name and path; a message naming its file stays as it is", () => {
    expect(cliErrorText(new UserError({ field: "fr", path: ["0"], problem: "must not be empty" }))).toBe("fr.0: must not be empty");
    expect(cliErrorText(new UserError("article.txt:12: no title"))).toBe("article.txt:12: no title");
  });
});

describe("the web page's phrasing", () => {
  it("every kind has a sentence in both languages, its field as the form labels it", () => {
    for (const locale of ["fr", "en"] as const) {
      const t = translator(locale);
      for (const [code, error] of Object.entries(EXAMPLES)) {
        const text = phraseUserError(error, t);
        expect([code, text]).not.toEqual([code, expect.stringMatching(/[{}]|Errors\.|--|npm run/)]);
      }
    }
    expect(phraseUserError(EXAMPLES.required, translator("fr"))).toBe("Adresse : à remplir.");
    expect(phraseUserError(EXAMPLES.documentNotFound, translator("fr"))).toBe("Document « nope » : ce document n’existe pas.");
    expect(phraseUserError(EXAMPLES.editedEnglishReplaced, translator("en"))).toBe(
      "English translation: the new English would replace 1 paragraph corrected or reviewed in the reader; tick “Let the new English replace paragraphs corrected or reviewed in the reader” to replace them anyway.",
    );
  });
  it("an error of no known kind is shown by its message", () => {
    expect(phraseUserError(new UserError("article.txt:12: no title"), translator("fr"))).toBe("article.txt:12: no title");
  });
});

describe("an API's phrasing", () => {
  it("names the field as the request does", () => {
    expect(apiErrorText(EXAMPLES.documentNotFound, { document: "doc" })).toBe("doc nope: no document with this slug");
    expect(apiErrorText(new UserError({ field: "sourceLang", value: "x y", problem: "not a language tag such as fr-FR" }))).toBe('sourceLang "x y": not a language tag such as fr-FR');
  });
});
