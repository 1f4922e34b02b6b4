import fs from "node:fs";
import { UserError } from "../errors";
import { guessKinds } from "./guess-kinds";
import type { AlignParagraph } from "./types";

/** Far above any article; keeps a wrong file (a database dump, say) from eating memory. */
export const MAX_LINE_FILE_BYTES = 64 * 1024 * 1024;

/**
 * A file of one paragraph per non-empty line, typed by guessKinds. An empty file is zero
 * paragraphs (the alignment then pairs the other side with nothing); a missing, binary,
 * oversized or non-UTF-8 file is a UserError naming it.
 */
export function readLineFile(file: string): AlignParagraph[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UserError(`${file}: no such file`);
  }
  if (!stat.isFile()) throw new UserError(`${file}: not a regular file`);
  if (stat.size > MAX_LINE_FILE_BYTES) throw new UserError(`${file}: over the ${MAX_LINE_FILE_BYTES / (1024 * 1024)} MB limit`);
  const buffer = fs.readFileSync(file);
  if (buffer.includes(0)) throw new UserError(`${file}: binary file (contains NUL bytes), expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    throw new UserError(`${file}: invalid UTF-8; convert the file to UTF-8 first`);
  }
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const kinds = guessKinds(lines);
  return lines.map((line, k) => ({ text: line, kind: kinds[k] }));
}
