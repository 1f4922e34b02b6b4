import { readTextFile } from "../import/read-text-file";
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
  const lines = readTextFile(file, { maxBytes: MAX_LINE_FILE_BYTES, allowEmpty: true })
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const kinds = guessKinds(lines);
  return lines.map((line, k) => ({ text: line, kind: kinds[k] }));
}
