import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { apiErrorText } from "../app/server/api-error";
import { phraseUserError, type ErrorTranslator } from "../app/server/user-error-phrase";
import { checkPassword } from "../lib/auth/password";
import { StaleVersionError } from "../lib/editing/errors";
import { UserError, type UserErrorCode } from "../lib/errors";
import { csvToGlossary } from "../lib/glossary/csv";
import { tbxToGlossary } from "../lib/glossary/tbx";
import { oversizeError } from "../lib/import/import-limits";
import { parseArticleContent } from "../lib/import/parse-article";
import { parseTmx } from "../lib/import/parse-tmx";
import { parseXliff } from "../lib/import/parse-xliff";
import { PASTED_FRENCH } from "../lib/import/pasted-names";
import { validate } from "../lib/validate";
import en from "../messages/en.json";
import fr from "../messages/fr.json";
import { cliErrorText } from "../scripts/cli-error-text";

/** The UserError `action` raises: lib's own, where a real input reaches it cheaply. */
function raisedBy(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`nothing raised by ${action}`);
}

const TMX_HEAD = `<tmx version="1.4">\n<header srclang="fr"/>\n<body>\n`;

/** One error of each kind, as lib raises it. */
const EXAMPLES: Record<UserErrorCode, UserError> = {
  documentNotFound: new UserError({ code: "documentNotFound", field: "document", value: "nope", problem: "no document with this slug" }),
  noDocuments: new UserError({ code: "noDocuments", field: "documents", problem: "no document to export" }),
  documentsNotChosen: new UserError({ code: "documentsNotChosen", field: "document", problem: "name a document, or choose every document" }),
  required: new UserError({ code: "required", field: "url", problem: "required" }),
  paragraphNotFound: new UserError({ code: "paragraphNotFound", field: "paragraph", value: 12, values: { side: "en" }, problem: "not an English paragraph of this document" }),
  englishInBilingualFile: new UserError({ code: "englishInBilingualFile", field: "english", value: "x.txt", values: { file: "two.tmx" }, problem: "…" }),
  englishNeedsOneArticle: new UserError({ code: "englishNeedsOneArticle", field: "english", problem: "…" }),
  editedEnglishReplaced: new UserError({ code: "editedEnglishReplaced", field: "english", values: { count: 1 }, problem: "the new English would replace 1 paragraph corrected or reviewed in the reader" }),
  slugSyntax: new UserError({ code: "slugSyntax", field: "slug", value: "Not A Slug", problem: "use lower-case letters, digits and single hyphens" }),
  slugNeedsOneDocument: new UserError({ code: "slugNeedsOneDocument", field: "slug", value: "one", values: { file: "two.tmx", count: 2 }, problem: "…" }),
  accountNotFound: new UserError({ code: "accountNotFound", field: "account", value: "nobody", problem: "no account by that name" }),
  notAligned: new UserError({ code: "notAligned", problem: "English paragraphs not aligned yet" }),
  alreadyExists: new UserError({ code: "alreadyExists", field: "fr", value: "Koursk", values: { scope: "glossary" }, problem: "already in the glossary" }),
  notFound: new UserError({ code: "notFound", field: "candidate", value: 7, problem: "no such candidate" }),
  alreadyDecided: new UserError({ code: "alreadyDecided", field: "candidate", value: 7, values: { status: "rejected" }, problem: "already rejected" }),
  alignmentEditRefused: new UserError({ code: "alignmentEditRefused", values: { reason: "notLast" }, problem: "move: only the last paragraph of a row can move down" }),
  staleVersion: new StaleVersionError(12, 3, "Now"),
  tooShort: raisedBy(() => checkPassword("short")),
  tooLong: new UserError({ code: "tooLong", field: "url", values: { max: 2000 }, problem: "at most 2,000 characters" }),
  invalidChoice: new UserError({ code: "invalidChoice", field: "role", value: "boss", values: { choices: "reader, editor, admin" }, problem: "not a role (reader, editor, admin)" }),
  invalid: new UserError({ code: "invalid", field: "action", problem: "unknown action" }),
  nameSyntax: new UserError({ code: "nameSyntax", field: "name", value: "a/b", problem: "may hold only letters, digits, single spaces and . _ - @ '" }),
  lastAdmin: new UserError({ code: "lastAdmin", values: { name: "Claire" }, problem: "Claire is the only enabled admin: make another account admin before you disable Claire" }),
  fileTooLarge: oversizeError("big.txt", 70 * 1024 * 1024)!,
  binaryFile: new UserError({
    code: "binaryFile",
    values: { file: "bell.txt", reason: "control", character: "U+0007", line: 3 },
    problem: "bell.txt: binary file (control character U+0007 on line 3), expected UTF-8 text",
  }),
  notUtf8: new UserError({ code: "notUtf8", values: { file: "latin1.txt", line: 3, byte: 1234 }, problem: "latin1.txt: invalid UTF-8 on line 3 (byte 1234); convert the file to UTF-8 first" }),
  emptyFile: new UserError({ code: "emptyFile", values: { file: PASTED_FRENCH }, problem: `${PASTED_FRENCH}: empty file, nothing to import` }),
  unknownExtension: new UserError({
    code: "unknownExtension",
    values: { file: "report.pdf", extension: ".pdf", expected: ".txt .md" },
    problem: "report.pdf: unknown extension .pdf, expected one of .txt .md",
  }),
  noArticleText: new UserError({ code: "noArticleText", values: { file: "a.html" }, problem: "a.html: no article text found" }),
  invalidUrl: new UserError({ code: "invalidUrl", values: { url: "not a url" }, problem: "not a url: not a valid URL" }),
  pageNotFetched: new UserError({
    code: "pageNotFetched",
    values: { url: "https://example.org/a", reason: "status", detail: "404 Not Found" },
    problem: "https://example.org/a: the server answered 404 Not Found",
  }),
  notWellFormedXml: raisedBy(() => parseTmx("broken.tmx", `${TMX_HEAD}<tu></body></tmx>`)),
  refusedXml: raisedBy(() => parseTmx("laughs.tmx", `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY a "aaaaaaaaaa">]>\n<tmx version="1.4"/>`)),
  tooDeeplyNested: raisedBy(() => parseArticleContent("deep.md", `Titre\n\n${">".repeat(101)} x\n`)),
  tooManyElements: raisedBy(() => parseArticleContent("many.html", `<p>Un texte\n${"<br>".repeat(200_001)}</p>`)),
  wrongRootElement: raisedBy(() => parseXliff("page.xlf", `<html>\n</html>`)),
  missingElement: raisedBy(() => parseTmx("noseg.tmx", `${TMX_HEAD}<tu>\n<tuv xml:lang="fr"></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu></body></tmx>`)),
  missingAttribute: raisedBy(() => parseTmx("nosrc.tmx", `<tmx version="1.4">\n<header adminlang="en"/><body/></tmx>`)),
  missingLanguage: raisedBy(() => parseTmx("nofr.tmx", `${TMX_HEAD}<tu><tuv xml:lang="de"><seg>x</seg></tuv><tuv xml:lang="en"><seg>y</seg></tuv></tu></body></tmx>`)),
  unitWithoutTarget: raisedBy(() => parseTmx("one.tmx", `${TMX_HEAD}\n<tu><tuv xml:lang="fr"><seg>a</seg></tuv></tu></body></tmx>`)),
  unsupportedVersion: raisedBy(() => parseXliff("v3.xliff", `<xliff version="3.0"/>`)),
  noTranslationUnits: new UserError({ code: "noTranslationUnits", values: { file: "empty.tmx" }, problem: "empty.tmx: no translation units found" }),
  badCsvRow: raisedBy(() => csvToGlossary("kind,fr,en\nplace,Koursk\n", "short.csv")),
  unknownColumn: raisedBy(() => csvToGlossary("kind,fr,english\n", "g.csv")),
  missingColumn: raisedBy(() => csvToGlossary("fr,en\nA,B\n", "g.csv")),
  duplicateTerm: raisedBy(() => csvToGlossary("kind,fr,en\nplace,Koursk,Kursk\nplace,Koursk,Kursk\n", "g.csv")),
  invalidEntry: raisedBy(() => csvToGlossary("kind,fr,en\nplace,Naples,Naples\nplace,Milan,\n", "bad.csv")),
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

  /** The first problem `value` has with `schema`, as validate raises it. */
  const problemWith = (schema: z.ZodType, value: unknown) => {
    try {
      validate(schema, value);
    } catch (error) {
      return error as UserError;
    }
    throw new Error("accepted");
  };
  const form = z.object({
    fr: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
    password: z.string().min(12, "at least 12 characters").optional(),
    kind: z.enum(["person", "place"]).optional(),
    id: z.number("must be a number").optional(),
  });
  it.each([
    ["an empty text", { fr: " " }, "required", {}, "fr: must not be empty", "Français : à remplir."],
    ["a missing field", {}, "required", {}, expect.stringMatching(/^fr: /), "Français : à remplir."],
    ["a text too long", { fr: "x".repeat(201) }, "tooLong", { max: 200 }, "fr: must be at most 200 characters", "Français : au plus 200 caractères."],
    ["a text too short", { fr: "x", password: "short" }, "tooShort", { min: 12 }, "password: at least 12 characters", "Mot de passe : au moins 12 caractères."],
    ["a value not among the choices", { fr: "x", kind: "thing" }, "invalidChoice", { choices: "person, place" }, expect.stringMatching(/^kind: /), "Type : choisissez parmi person, place."],
    ["a value of the wrong type", { fr: "x", id: "7" }, "invalid", {}, "id: must be a number", "Numéro : valeur non valide."],
  ])("%s: a generic kind the page says in its language, the schema's message for the command line", (_, value, code, values, message, french) => {
    const error = problemWith(form, value);
    expect(error).toMatchObject({ code, values, message });
    expect(phraseUserError(error, translator("fr"))).toBe(french);
  });
});

describe("the command line's phrasing", () => {
  /** Every kind, as a command prints it: the flag it was given with, what to type next. */
  const CLI: Record<UserErrorCode, string> = {
    documentNotFound: "--doc nope: no document with this slug",
    documentsNotChosen: "name a document with --doc SLUG, or use --all",
    noDocuments: "--all: no document to export",
    required: "url: required",
    paragraphNotFound: "paragraph 12: not an English paragraph of this document",
    editedEnglishReplaced: "--en: the new English would replace 1 paragraph corrected or reviewed in the reader; add --replace-edited to replace them anyway",
    englishInBilingualFile: "--en x.txt: two.tmx already holds the English; --en is for articles",
    englishNeedsOneArticle: "--en: …",
    slugSyntax: '--slug "Not A Slug": use lower-case letters, digits and single hyphens',
    slugNeedsOneDocument: "--slug one: two.tmx holds 2 documents; --slug needs a file with one",
    accountNotFound: "nobody: no account by that name (npm run user -- list)",
    notAligned: "English paragraphs not aligned yet (run `npm run align` first)",
    alreadyExists: "--fr Koursk: already in the glossary",
    notFound: "candidate 7: no such candidate (npm run glossary -- candidates)",
    alreadyDecided: "candidate 7: already rejected",
    alignmentEditRefused: "move: only the last paragraph of a row can move down",
    staleVersion: "paragraph 12: changed by someone else since you opened it (now version 3)",
    tooShort: "password: at least 12 characters (this one has 5)",
    tooLong: "url: at most 2,000 characters",
    invalidChoice: "--role boss: not a role (reader, editor, admin)",
    invalid: "action: unknown action",
    nameSyntax: "name a/b: may hold only letters, digits, single spaces and . _ - @ '",
    lastAdmin: "Claire is the only enabled admin: make another account admin before you disable Claire",
    fileTooLarge: "big.txt: file is 70.0 MB, over the 64.0 MB limit",
    binaryFile: "bell.txt: binary file (control character U+0007 on line 3), expected UTF-8 text",
    notUtf8: "latin1.txt: invalid UTF-8 on line 3 (byte 1234); convert the file to UTF-8 first",
    emptyFile: "French text: empty file, nothing to import",
    unknownExtension: "report.pdf: unknown extension .pdf, expected one of .txt .md",
    noArticleText: "a.html: no article text found",
    invalidUrl: "not a url: not a valid URL",
    pageNotFetched: "https://example.org/a: the server answered 404 Not Found",
    // What is wrong inside a file: printed as lib says it, its file and line first.
    notWellFormedXml: "broken.tmx: line 4: not well-formed XML: Expected closing tag 'tu' (opened in line 4, col 1) instead of closing tag 'body'.",
    refusedXml: "laughs.tmx: line 3: <!ENTITY> declarations are not accepted",
    tooDeeplyNested: "deep.md: line 3: Markdown nested more than 100 levels deep, refused (no article needs that)",
    tooManyElements: "many.html: line 2: more than 200,000 HTML elements, refused (no article needs that)",
    wrongRootElement: "page.xlf: line 1: <html> is not an XLIFF file (the root element must be <xliff>)",
    missingElement: "noseg.tmx: line 5: <tuv> has no <seg>",
    missingAttribute: "nosrc.tmx: line 2: <header> has no srclang attribute",
    missingLanguage: 'nofr.tmx: line 4: <tu> has no <tuv xml:lang="fr"> (the header\'s srclang)',
    unitWithoutTarget: "one.tmx: line 5: <tu> has only one <tuv>: a translation unit needs a source and a target",
    unsupportedVersion: 'v3.xliff: line 1: <xliff> has version "3.0": expected 1.2 or 2.x',
    noTranslationUnits: "empty.tmx: no translation units found",
    badCsvRow: "short.csv: line 2: expect 3, got 2 on line 2",
    unknownColumn: 'g.csv: line 1: unknown column "english" (expected kind,fr,en,fr_variants,en_variants,note,note_fr)',
    missingColumn: 'g.csv: line 1: missing column "kind"',
    duplicateTerm: 'g.csv: line 3: fr: "Koursk" already on line 2',
    invalidEntry: "bad.csv: line 3: en: must not be empty",
  };
  it.each(Object.entries(CLI))("%s: %s", (code, text) => {
    expect(cliErrorText(EXAMPLES[code as UserErrorCode])).toBe(text);
  });
  it("a field without a flag keeps lib's name and path; a message naming its file stays as it is", () => {
    expect(cliErrorText(new UserError({ field: "variants", path: ["fr", 0], problem: "must not be empty" }))).toBe("variants.fr.0: must not be empty");
    expect(cliErrorText(new UserError("article.txt:12: no title"))).toBe("article.txt:12: no title");
  });
});

describe("the web page's phrasing", () => {
  it("every kind has a sentence in both languages, naming no flag or command", () => {
    for (const locale of ["fr", "en"] as const) {
      const t = translator(locale);
      for (const [code, error] of Object.entries(EXAMPLES)) {
        const text = phraseUserError(error, t);
        expect([code, text]).not.toEqual([code, expect.stringMatching(/[{}]|Errors\.|--|npm run/)]);
      }
    }
  });

  /** Every kind as each page says it, its field as the form labels it (French numbers' narrow no-break spaces shown as spaces). */
  const WEB: Record<UserErrorCode, { fr: string; en: string }> = {
    documentNotFound: { fr: "Document « nope » : ce document n’existe pas.", en: "Document “nope”: no such document." },
    noDocuments: { fr: "Aucun document à exporter.", en: "No document to export." },
    documentsNotChosen: { fr: "Choisissez un document, ou tous.", en: "Choose a document, or all of them." },
    required: { fr: "Adresse : à remplir.", en: "Address: required." },
    paragraphNotFound: { fr: "Paragraphe 12 : pas un paragraphe anglais de ce document.", en: "Paragraph 12: not an English paragraph of this document." },
    englishInBilingualFile: {
      fr: "Traduction anglaise « x.txt » : two.tmx contient déjà l’anglais ; une traduction à part ne va qu’avec un article.",
      en: "English translation “x.txt”: two.tmx already holds the English; a separate translation goes with an article only.",
    },
    englishNeedsOneArticle: {
      fr: "Traduction anglaise : choisissez-la avec un seul fichier français (ou nommez chaque fichier anglais NOM.en.txt à côté de NOM.txt).",
      en: "English translation: choose it with one French file (or name each English file NAME.en.txt beside NAME.txt).",
    },
    editedEnglishReplaced: {
      fr: "Traduction anglaise : le nouvel anglais remplacerait 1 paragraphe corrigé ou relu dans le lecteur ; cochez « Laisser le nouvel anglais remplacer des paragraphes corrigés ou relus dans le lecteur » pour les remplacer quand même.",
      en: "English translation: the new English would replace 1 paragraph corrected or reviewed in the reader; tick “Let the new English replace paragraphs corrected or reviewed in the reader” to replace them anyway.",
    },
    slugSyntax: { fr: "Identifiant « Not A Slug » : seulement des minuscules, des chiffres et des tirets simples.", en: "Slug “Not A Slug”: use lower-case letters, digits and single hyphens." },
    slugNeedsOneDocument: { fr: "Identifiant « one » : two.tmx contient 2 documents ; un identifiant n’en nomme qu’un.", en: "Slug “one”: two.tmx holds 2 documents; a slug names only one." },
    accountNotFound: { fr: "Compte « nobody » : aucun compte de ce nom.", en: "Account “nobody”: no account by that name." },
    notAligned: { fr: "L’anglais n’est pas encore aligné.", en: "The English is not aligned yet." },
    alreadyExists: { fr: "Français « Koursk » : déjà dans le glossaire.", en: "French “Koursk”: already in the glossary." },
    notFound: { fr: "Candidat 7 : introuvable ; rechargez la page.", en: "Candidate 7: not found; reload the page." },
    alreadyDecided: { fr: "Candidat 7 : déjà refusé ; rechargez la page.", en: "Candidate 7: already rejected; reload the page." },
    alignmentEditRefused: { fr: "Seul le dernier paragraphe d’une ligne peut descendre.", en: "Only the last paragraph of a row can move down." },
    staleVersion: {
      fr: "Paragraphe 12 : modifié par quelqu’un d’autre depuis que vous l’avez ouvert (version 3 désormais).",
      en: "Paragraph 12: changed by someone else since you opened it (now version 3).",
    },
    tooShort: { fr: "Mot de passe : au moins 12 caractères.", en: "Password: at least 12 characters." },
    tooLong: { fr: "Adresse : au plus 2 000 caractères.", en: "Address: at most 2,000 characters." },
    invalidChoice: { fr: "Rôle : choisissez parmi reader, editor, admin.", en: "Role: choose one of reader, editor, admin." },
    invalid: { fr: "Action : valeur non valide.", en: "Action: not valid." },
    nameSyntax: { fr: "Nom « a/b » : seulement des lettres, des chiffres, des espaces simples et . _ - @ '.", en: "Name “a/b”: use only letters, digits, single spaces and . _ - @ '." },
    lastAdmin: { fr: "Claire est le seul compte administrateur actif : nommez d’abord un autre administrateur.", en: "Claire is the only active admin: make another account admin first." },
    fileTooLarge: { fr: "big.txt : 70 Mo, au-delà de la limite de 64 Mo.", en: "big.txt: 70 MB, over the 64 MB limit." },
    binaryFile: {
      fr: "bell.txt : fichier binaire (caractère de contrôle U+0007 à la ligne 3) ; texte UTF-8 attendu.",
      en: "bell.txt: binary file (control character U+0007 on line 3); UTF-8 text expected.",
    },
    notUtf8: {
      fr: "latin1.txt : UTF-8 non valide à la ligne 3 (octet 1234) ; convertissez d’abord le fichier en UTF-8.",
      en: "latin1.txt: invalid UTF-8 on line 3 (byte 1234); convert the file to UTF-8 first.",
    },
    emptyFile: { fr: "Texte français : fichier vide, rien à importer.", en: "French text: empty file, nothing to import." },
    unknownExtension: { fr: "report.pdf : extension .pdf inconnue ; attendue : l’une de .txt .md.", en: "report.pdf: unknown extension .pdf; expected one of .txt .md." },
    noArticleText: { fr: "a.html : aucun texte d’article trouvé.", en: "a.html: no article text found." },
    invalidUrl: { fr: "not a url : pas une adresse web valide.", en: "not a url: not a web address." },
    pageNotFetched: { fr: "https://example.org/a : le serveur a répondu 404 Not Found.", en: "https://example.org/a: the server answered 404 Not Found." },
    notWellFormedXml: {
      fr: "broken.tmx, ligne 4 : XML mal formé ; l’analyseur dit : « Expected closing tag 'tu' (opened in line 4, col 1) instead of closing tag 'body' ».",
      en: "broken.tmx: line 4: not well-formed XML; the parser says “Expected closing tag 'tu' (opened in line 4, col 1) instead of closing tag 'body'”.",
    },
    refusedXml: { fr: "laughs.tmx, ligne 3 : les déclarations <!ENTITY> ne sont pas acceptées.", en: "laughs.tmx: line 3: <!ENTITY> declarations are not accepted." },
    tooDeeplyNested: {
      fr: "deep.md, ligne 3 : Markdown imbriqué sur plus de 100 niveaux, refusé (aucun article n’en a besoin).",
      en: "deep.md: line 3: Markdown nested more than 100 levels deep, refused (no article needs that).",
    },
    tooManyElements: {
      fr: "many.html, ligne 2 : plus de 200 000 éléments HTML, refusé (aucun article n’en a besoin).",
      en: "many.html: line 2: more than 200,000 HTML elements, refused (no article needs that).",
    },
    wrongRootElement: { fr: "page.xlf, ligne 1 : l’élément racine doit être <xliff>, comme dans tout fichier XLIFF.", en: "page.xlf: line 1: the root element must be <xliff>, as in any XLIFF file." },
    missingElement: { fr: "noseg.tmx, ligne 5 : <tuv> n’a pas de <seg>.", en: "noseg.tmx: line 5: <tuv> has no <seg>." },
    missingAttribute: { fr: "nosrc.tmx, ligne 2 : <header> n’a pas d’attribut srclang.", en: "nosrc.tmx: line 2: <header> has no srclang attribute." },
    missingLanguage: {
      fr: 'nofr.tmx, ligne 4 : <tu> n’a pas de <tuv xml:lang="fr"> (la langue source de l’en-tête).',
      en: 'nofr.tmx: line 4: <tu> has no <tuv xml:lang="fr"> (the header’s srclang).',
    },
    unitWithoutTarget: {
      fr: "one.tmx, ligne 5 : <tu> n’a qu’un <tuv> ; une unité de traduction a besoin d’une source et d’une cible.",
      en: "one.tmx: line 5: <tu> has only one <tuv>; a translation unit needs a source and a target.",
    },
    unsupportedVersion: { fr: "v3.xliff, ligne 1 : <xliff> en version « 3.0 » ; versions lues : 1.2, 2.x.", en: "v3.xliff: line 1: <xliff> has version “3.0”; versions read: 1.2, 2.x." },
    noTranslationUnits: { fr: "empty.tmx : aucune unité de traduction trouvée.", en: "empty.tmx: no translation units found." },
    badCsvRow: { fr: "short.csv, ligne 2 : 2 champs au lieu des 3 de la ligne d’en-tête.", en: "short.csv: line 2: 2 fields where the header row has 3." },
    unknownColumn: {
      fr: "g.csv, ligne 1 : colonne « english » inconnue ; colonnes possibles : kind, fr, en, fr_variants, en_variants, note, note_fr.",
      en: "g.csv: line 1: unknown column “english”; columns: kind, fr, en, fr_variants, en_variants, note, note_fr.",
    },
    missingColumn: { fr: "g.csv, ligne 1 : il manque la colonne « kind ».", en: "g.csv: line 1: missing column “kind”." },
    duplicateTerm: { fr: "g.csv, ligne 3 : « Koursk » figure déjà à la ligne 2.", en: "g.csv: line 3: “Koursk” is already on line 2." },
    // The entry's own problem in the page's words: the form's label, not the CSV's column.
    invalidEntry: { fr: "bad.csv, ligne 3 : Anglais : à remplir.", en: "bad.csv: line 3: English: required." },
  };
  it.each(Object.entries(WEB))("%s", (code, texts) => {
    for (const locale of ["fr", "en"] as const) {
      expect(phraseUserError(EXAMPLES[code as UserErrorCode], translator(locale)).replace(/[\u202f\u00a0]/g, " ")).toBe(texts[locale]);
    }
  });

  it("names a field by the form's label, a variant's language included; a field no form labels by lib's name", () => {
    const variant = new UserError({ code: "required", field: "variants", path: ["fr", 0], problem: "must not be empty" });
    expect(phraseUserError(variant, translator("fr"))).toBe("Variantes françaises : à remplir.");
    expect(phraseUserError(new UserError({ code: "invalid", field: "edit", path: ["paragraphId"], problem: "must be a number" }), translator("en"))).toBe("edit.paragraphId: not valid.");
  });

  it("says each reason in its own words: no extension, NUL bytes, a private address, the last row, a French paragraph", () => {
    const say = (details: Omit<ConstructorParameters<typeof UserError>[0] & object, "problem">) => phraseUserError(new UserError({ ...details, problem: "…" }), translator("fr"));
    expect(say({ code: "unknownExtension", values: { file: "notes", extension: "none", expected: ".txt" } })).toBe("notes : aucune extension ; attendue : l’une de .txt.");
    expect(say({ code: "binaryFile", values: { file: "photo.txt", reason: "nul" } })).toBe("photo.txt : fichier binaire (il contient des octets nuls) ; texte UTF-8 attendu.");
    expect(say({ code: "pageNotFetched", values: { url: "http://10.0.0.1/", reason: "blocked", detail: "10.0.0.1" } })).toMatch(/^http:\/\/10\.0\.0\.1\/ : 10\.0\.0\.1 est une adresse privée/);
    expect(say({ code: "alignmentEditRefused", values: { reason: "lastRow" } })).toMatch(/^C’est la dernière ligne/);
    expect(say({ code: "paragraphNotFound", field: "paragraph", value: 4, values: { side: "fr" } })).toBe("Paragraphe 4 : pas un paragraphe français de ce document.");
  });

  it("says where in a file the problem is, and each reason in its own words, in French", () => {
    const say = (action: () => unknown) => phraseUserError(raisedBy(action), translator("fr")).replace(/[\u202f\u00a0]/g, " ");
    const concept = (id: string, fr: string, en = "<langSec xml:lang=\"en\"><termSec><term>Kursk</term></termSec></langSec>", kind = "place") =>
      `<conceptEntry id="${id}"><descrip type="subjectField">${kind}</descrip><langSec xml:lang="fr"><termSec><term>${fr}</term></termSec></langSec>${en}</conceptEntry>`;
    const tbx = (...concepts: string[]) => `<tbx><text><body>${concepts.join("")}</body></text></tbx>`;
    // A TBX file's entries by their number and id (the parser it is read with gives no lines).
    expect(say(() => tbxToGlossary(tbx(concept("c1", "Koursk"), concept("c2", "Koursk")), "g.tbx"))).toBe("g.tbx, entrée 2 (id « c2 ») : « Koursk » figure déjà à l’entrée 1.");
    expect(say(() => tbxToGlossary(tbx(concept("x", "Koursk", "")), "g.tbx"))).toBe('g.tbx, entrée 1 (id « x ») : <conceptEntry> n’a pas de <langSec xml:lang="en">.');
    expect(say(() => tbxToGlossary(tbx(concept("p", "Mars", undefined, "planet")), "g.tbx"))).toBe(
      "g.tbx, entrée 1 (id « p ») : Type : choisissez parmi person, place, organization, other.",
    );
    expect(say(() => tbxToGlossary("<html/>", "page.tbx"))).toBe("page.tbx : l’élément racine doit être <tbx>, comme dans tout fichier TBX.");
    // An XLIFF unit by its line and id.
    const xliff = `<xliff version="1.2"><file original="x" source-language="fr" target-language="en"><body>\n<trans-unit id="7"><target>x</target></trans-unit></body></file></xliff>`;
    expect(say(() => parseXliff("nosource.xlf", xliff))).toBe("nosource.xlf, ligne 2 (id « 7 ») : <trans-unit> n’a pas de <source>.");
    // XML refused for safety, or nested too deep.
    expect(say(() => parseTmx("vt.tmx", `${TMX_HEAD}<tu>\u000B</tu></body></tmx>`))).toBe("vt.tmx, ligne 4 : le caractère U+000B n’est pas permis en XML.");
    expect(say(() => parseTmx("ref.tmx", `${TMX_HEAD}<tu>&#0;</tu></body></tmx>`))).toBe("ref.tmx, ligne 4 : la référence de caractère &#0; ne désigne aucun caractère permis en XML.");
    expect(say(() => parseTmx("dtd.tmx", `<!DOCTYPE tmx [<!ELEMENT tmx ANY>]>\n<tmx/>`))).toBe("dtd.tmx, ligne 1 : un DOCTYPE avec des déclarations ([…]) n’est pas accepté.");
    expect(say(() => parseTmx("deep.tmx", `${TMX_HEAD}${"<hi>".repeat(100)}${"</hi>".repeat(100)}</body></tmx>`))).toBe("deep.tmx, ligne 4 : éléments imbriqués sur plus de 100 niveaux.");
    expect(say(() => parseArticleContent("deep.html", `<p>Un texte</p>\n${"<div>".repeat(257)}`))).toBe(
      "deep.html, ligne 2 : HTML imbriqué sur plus de 256 éléments, refusé (aucun article n’en a besoin).",
    );
    const chains = Array.from({ length: 4000 }, () => "<div>".repeat(250) + "</div>".repeat(250)).join("\n");
    expect(say(() => parseArticleContent("wide.html", `<p>Un texte</p>\n${chains}`))).toMatch(
      /^wide\.html, ligne \d+ : HTML trop imbriqué dans l’ensemble \(les profondeurs de ses éléments dépassent 1 000 000 au total\), refusé/,
    );
    // Pasted text is named by the form's label.
    expect(say(() => parseArticleContent(PASTED_FRENCH, `Titre\n\n${">".repeat(101)} x`, "markdown"))).toMatch(/^Texte français, ligne 3 : Markdown imbriqué/);
    // CSV rows the parser cannot read, and an entry's own problem.
    expect(say(() => csvToGlossary('kind,fr,en\nplace,"Koursk,Kursk\n', "q.csv"))).toBe("q.csv, ligne 2 : un guillemet ouvert n’est jamais refermé.");
    expect(say(() => csvToGlossary('kind,fr,en\nplace,Kou"rsk",Kursk\n', "q.csv"))).toMatch(/^q\.csv, ligne 2 : guillemet mal placé /);
    expect(say(() => csvToGlossary(`kind,fr,en\nplace,${"K".repeat(201)},Kursk\n`, "long.csv"))).toBe("long.csv, ligne 2 : Français : au plus 200 caractères.");
  });

  it("an error of no known kind is shown by its message; so is one lacking a value its sentence needs", () => {
    expect(phraseUserError(new UserError("article.txt:12: no title"), translator("fr"))).toBe("article.txt:12: no title");
    const quiet = jest.spyOn(console, "error").mockImplementation(() => {});
    expect(phraseUserError(new UserError({ code: "lastAdmin", problem: "Claire is the only enabled admin" }), translator("fr"))).toBe("Claire is the only enabled admin");
    quiet.mockRestore();
  });
});

describe("an API's phrasing", () => {
  it("names the field as the request does", () => {
    expect(apiErrorText(EXAMPLES.documentNotFound, { document: "doc" })).toBe("doc nope: no document with this slug");
    expect(apiErrorText(new UserError({ field: "sourceLang", value: "x y", problem: "not a language tag such as fr-FR" }))).toBe('sourceLang "x y": not a language tag such as fr-FR');
  });
});
