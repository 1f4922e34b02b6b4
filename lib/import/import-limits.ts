import { UserError } from "../errors";

/**
 * The import's size limit, free of Node modules so that the import page's script checks
 * a file before sending it, with the same words as the server and the command line.
 */

/** A 50,000-paragraph article is about 16 MB of text, its TMX with both sides about 40 MB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const formatSize = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** Why a file of `bytes` is refused ("a.txt: file is 70.0 MB, over the 64.0 MB limit"), or null. */
export function oversizeMessage(name: string, bytes: number, maxBytes = MAX_IMPORT_BYTES): string | null {
  return bytes > maxBytes ? `${name}: file is ${formatSize(bytes)}, over the ${formatSize(maxBytes)} limit` : null;
}

/** oversizeMessage as an error each front door phrases (the sizes in MB, to a tenth), or null. */
export function oversizeError(name: string, bytes: number, maxBytes = MAX_IMPORT_BYTES): UserError | null {
  const message = oversizeMessage(name, bytes, maxBytes);
  return message === null ? null : new UserError({ code: "fileTooLarge", values: { file: name, size: megabytes(bytes), max: megabytes(maxBytes) }, problem: message });
}
