import path from "node:path";
import { UserError } from "../errors";
import type { ParsedArticle } from "./article";
import { parseHtmlArticle } from "./parse-html";
import { parseMarkdownArticle } from "./parse-markdown";
import { parsePlainArticle } from "./parse-plain";
import { readTextFile } from "./read-text-file";

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
  const parse = PARSERS[path.extname(file).toLowerCase()];
  if (!parse) {
    const ext = path.extname(file) || "(none)";
    // .tmx, .xlf and .xliff are bilingual files, imported by import-bilingual.ts.
    throw new UserError(`${file}: unknown extension ${ext}, expected one of ${[...ARTICLE_EXTENSIONS, ".tmx", ".xlf", ".xliff"].join(" ")}`);
  }
  const article = parse(readTextFile(file));
  if (!article.paragraphs.length || !article.title) {
    throw new UserError(`${file}: no article text found (no title or paragraphs)`);
  }
  return article;
}
