import fs from "node:fs";
import path from "node:path";
import { UserError } from "../errors";
import type { ParsedArticle } from "./article";
import { parseHtmlArticle } from "./parse-html";
import { parseMarkdownArticle } from "./parse-markdown";
import { parsePlainArticle } from "./parse-plain";
import { folderMessage, readTextFile } from "./read-text-file";

const PARSERS: Record<string, (text: string) => ParsedArticle> = {
  ".txt": parsePlainArticle,
  ".text": parsePlainArticle,
  ".md": parseMarkdownArticle,
  ".markdown": parseMarkdownArticle,
  ".html": parseHtmlArticle,
  ".htm": parseHtmlArticle,
};

export const ARTICLE_EXTENSIONS = Object.keys(PARSERS);

export function isArticleFile(file: string): boolean {
  return path.extname(file).toLowerCase() in PARSERS;
}

/** Reads and parses an article file (plain text, Markdown or HTML, by extension). */
export function parseArticleFile(file: string): ParsedArticle {
  // Before the extension: a folder's name usually has none, and "unknown extension" misleads.
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${folderMessage(file)}; give one article file (import takes one file at a time)`);
  const parse = PARSERS[path.extname(file).toLowerCase()];
  if (!parse) {
    const ext = path.extname(file) || "(none)";
    // .tmx, .xlf and .xliff are bilingual files, imported by import-bilingual.ts.
    throw new UserError(`${file}: unknown extension ${ext}, expected one of ${[...ARTICLE_EXTENSIONS, ".tmx", ".xlf", ".xliff"].join(" ")}`);
  }
  const article = parse(readTextFile(file));
  // Refused only without any text: one paragraph is an article whose title it is.
  if (!article.paragraphs.length) throw new UserError(`${file}: no article text found`);
  if (!article.title) article.title = article.paragraphs[0].text;
  return article;
}
