import * as cheerio from "cheerio";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import type { Db } from "../../lib/db/client";
import { exportEpub, type EpubExportOptions } from "../../lib/export/epub/export-epub";

/** The whole book in memory (tests only: the export itself streams). */
export async function epubBytes(db: Db, options: EpubExportOptions): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of await exportEpub(db, options)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const EPUBCHECK = spawnSync("sh", ["-c", "command -v epubcheck"], { encoding: "utf8" }).stdout.trim();

/**
 * Debian's epubcheck (a jar: run through java). Returns its report when the book has any
 * fatal, error or warning, "" when it has none. C1-only JIT: the check starts twice as fast.
 */
export function epubcheck(file: string): string {
  if (!EPUBCHECK) throw new Error("epubcheck is not installed (apt-get install epubcheck)");
  const result = spawnSync("java", ["-XX:TieredStopAtLevel=1", "-jar", EPUBCHECK, "--failonwarnings", file], { encoding: "utf8", timeout: 120_000 });
  if (result.error) throw result.error;
  const report = `${result.stdout}\n${result.stderr}`;
  return result.status === 0 && report.includes("0 fatals / 0 errors / 0 warnings") ? "" : report;
}

/** The archive's files by name, in archive order, as text (the mimetype included). */
export function unzipBook(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

/** XML parsed as a document: fails the test on any well-formedness error. */
export function parseXml(xml: string): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed: ${JSON.stringify(valid.err)}`);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["item", "itemref", "dc:language", "dc:title", "meta"].includes(name) }).parse(xml);
}

/** An XHTML file for querying, its <br/> read as line breaks; checked well-formed first. */
export function loadXhtml(xml: string): cheerio.CheerioAPI {
  parseXml(xml);
  return cheerio.load(xml.replaceAll("<br/>", "\n"), { xml: true });
}

/** A row as the book shows it: the texts of its French and its English paragraphs. */
export interface ShownRow {
  id: string;
  fr: string[];
  en: string[];
}

/** The rows of a content file, in order, with their texts (note marks left out). */
export function shownRows($: cheerio.CheerioAPI): ShownRow[] {
  return $("div.pair")
    .toArray()
    .map((pair) => {
      const $pair = $(pair);
      const english = $pair.children(".en");
      const french = $pair.children().not(".en");
      return {
        id: $pair.attr("id")!,
        fr: french.toArray().map((p) => $(p).clone().find("a.noteref").remove().end().text()),
        en: english.children("p").toArray().map((p) => $(p).text()),
      };
    });
}

/** What the book shows of a stored text: line breaks as \n, XML-forbidden characters gone. */
export const shownText = (text: string) =>
  text.replace(/\r\n|[\r\u2028\u2029]/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");

export const writeTemp = (file: string, bytes: Uint8Array) => {
  fs.writeFileSync(file, bytes);
  return file;
};
