import fs from "node:fs";
import { UserError } from "../errors";

/** A 50,000-paragraph article is about 16 MB of text, its TMX with both sides about 40 MB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const formatSize = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** 1-based line of a byte offset. */
function lineAt(buffer: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buffer[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that makes the buffer invalid UTF-8 (binary search on prefixes). */
function firstInvalidUtf8Offset(buffer: Buffer): number {
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

/** A folder given where a file is expected. */
export const folderMessage = (file: string) => `${file}: is a folder, not a file`;

/**
 * Reads a text file for import: it must exist, be under 64 MB (or `maxBytes`), not be
 * binary, be valid UTF-8 and not be empty (unless `allowEmpty`). Every refusal is a UserError naming the file. Line endings
 * become \n and a byte order mark is dropped.
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
  if (stat.size > maxBytes) {
    throw new UserError(`${file}: file is ${formatSize(stat.size)}, over the ${formatSize(maxBytes)} limit`);
  }
  const buffer = fs.readFileSync(file);
  if (buffer.includes(0)) throw new UserError(`${file}: binary file (contains NUL bytes), expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    const offset = firstInvalidUtf8Offset(buffer);
    throw new UserError(
      `${file}: invalid UTF-8 on line ${lineAt(buffer, offset)} (byte ${offset}); convert the file to UTF-8 first`,
    );
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim() && !options.allowEmpty) throw new UserError(`${file}: empty file, nothing to import`);
  return text;
}
