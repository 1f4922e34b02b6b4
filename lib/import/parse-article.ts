import fs from "node:fs";
import path from "node:path";
import { inFile, UserError } from "../errors";
import type { ParsedArticle } from "./article";
import { parseHtmlArticle } from "./parse-html";
import { parseMarkdownArticle } from "./parse-markdown";
import { parsePlainArticle } from "./parse-plain";
import { folderMessage, readTextFile } from "./read-text-file";

/** The formats an article comes in, whatever brought it: a file, an upload, a URL. */
export type ArticleFormat = "text" | "markdown" | "html";

const PARSERS: Record<ArticleFormat, (text: string) => ParsedArticle> = {
  text: parsePlainArticle,
  markdown: parseMarkdownArticle,
  html: parseHtmlArticle,
};

const EXTENSIONS: Record<string, ArticleFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

export const ARTICLE_EXTENSIONS = Object.keys(EXTENSIONS);

/** The format a file's name says, or undefined for an unknown extension. */
export function articleFormatOf(name: string): ArticleFormat | undefined {
  return EXTENSIONS[path.extname(name).toLowerCase()];
}

export function isArticleFile(file: string): boolean {
  return articleFormatOf(file) !== undefined;
}

export function unknownExtension(name: string): UserError {
  const ext = path.extname(name) || "(none)";
  // .tmx, .xlf and .xliff are bilingual files, imported by import-bilingual.ts.
  const expected = [...ARTICLE_EXTENSIONS, ".tmx", ".xlf", ".xliff"].join(" ");
  return new UserError({ code: "unknownExtension", values: { file: name, extension: path.extname(name) || "none", expected }, problem: `${name}: unknown extension ${ext}, expected one of ${expected}` });
}

/**
 * Parses an article's text, read from a file, an upload or a page: `name` (a file name or
 * a URL) picks the format by its extension unless `format` is given, and starts every
 * error message. Refused only without any text: one paragraph is an article whose title
 * it is.
 */
export function parseArticleContent(name: string, text: string, format: ArticleFormat | undefined = articleFormatOf(name)): ParsedArticle {
  if (!format) throw unknownExtension(name);
  let article: ParsedArticle;
  try {
    article = PARSERS[format](text);
  } catch (error) {
    // The parsers name the line (nesting limits); the file or URL goes in front.
    if (error instanceof UserError) throw inFile(error, name);
    throw error;
  }
  if (!article.paragraphs.length) throw new UserError({ code: "noArticleText", values: { file: name }, problem: `${name}: no article text found` });
  if (!article.title) article.title = article.paragraphs[0].text;
  return article;
}

/** Reads and parses an article file (plain text, Markdown or HTML, by extension). */
export function parseArticleFile(file: string): ParsedArticle {
  // Before the extension: a folder's name usually has none, and "unknown extension" misleads.
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${folderMessage(file)}; give one article file (import takes one file at a time)`);
  if (!isArticleFile(file)) throw unknownExtension(file);
  return parseArticleContent(file, readTextFile(file));
}
