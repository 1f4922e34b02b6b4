import fs from "node:fs";
import { UserError } from "../errors";
import { MAX_IMPORT_BYTES, oversizeError } from "./import-limits";

export { MAX_IMPORT_BYTES };

/** 1-based line of a byte offset. */
function lineAt(buffer: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buffer[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that makes the buffer invalid UTF-8 (binary search on prefixes). */
function firstInvalidUtf8Offset(buffer: Uint8Array): number {
  const validPrefix = (end: number) => {
    try {
      // stream: true tolerates a character cut at the end of the prefix, not a bad one inside.
      new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (validPrefix(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Control characters that no text we read carries: C0 and DEL, except tab, line feed,
 * vertical tab and form feed (word processors write those two for line and page breaks)
 * and carriage return. A file holding one is binary data, or text damaged beyond a guess.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0001-\u0008\u000E-\u001F\u007F]/;

/** "U+0001": how errors name a character. */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
const binaryFile = (name: string, what: string, values: { reason: "nul" } | { reason: "control"; character: string; line: number }) =>
  new UserError({ code: "binaryFile", values: { file: name, ...values }, problem: `${name}: binary file (${what}), expected UTF-8 text` });
const NUL_BYTES = "contains NUL bytes";

/**
 * Refuses text that holds a control character (see CONTROL_CHARACTER) or a NUL, naming the
 * first one and its line: such a file is binary, not an article or a glossary.
 */
export function checkNoControlCharacters(text: string, name: string): void {
  if (text.includes("\u0000")) throw binaryFile(name, NUL_BYTES, { reason: "nul" });
  const found = CONTROL_CHARACTER.exec(text);
  if (!found) return;
  const line = text.slice(0, found.index).split("\n").length;
  const character = codePoint(found[0]);
  throw binaryFile(name, `control character ${character} on line ${line}`, { reason: "control", character, line });
}

/**
 * Bytes to text for import: not binary (see checkNoControlCharacters), valid UTF-8 and
 * not empty (unless `allowEmpty`). Every refusal is a UserError naming `name`. Line
 * endings become \n and a byte order mark is dropped.
 */
export function decodeText(bytes: Uint8Array, name: string, options: { allowEmpty?: boolean } = {}): string {
  // Before decoding: a binary file is more often invalid UTF-8 too, and "binary" says it better.
  if (bytes.includes(0)) throw binaryFile(name, NUL_BYTES, { reason: "nul" });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const line = lineAt(bytes, offset);
    throw new UserError({ code: "notUtf8", values: { file: name, line, byte: offset }, problem: `${name}: invalid UTF-8 on line ${line} (byte ${offset}); convert the file to UTF-8 first` });
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  checkNoControlCharacters(text, name);
  if (!text.trim() && !options.allowEmpty) throw new UserError({ code: "emptyFile", values: { file: name }, problem: `${name}: empty file, nothing to import` });
  return text;
}

/** A folder given where a file is expected. */
export const folderMessage = (file: string) => `${file}: is a folder, not a file`;

/**
 * Reads a text file for import: it must exist, be under 64 MB (or `maxBytes`) and pass
 * decodeText. Every refusal is a UserError naming the file.
 */
export function readTextFile(file: string, options: { maxBytes?: number; allowEmpty?: boolean } = {}): string {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UserError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new UserError(folderMessage(file));
  if (!stat.isFile()) throw new UserError(`${file}: not a regular file`);
  const oversize = oversizeError(file, stat.size, maxBytes);
  if (oversize) throw oversize;
  return decodeText(fs.readFileSync(file), file, options);
}
