/**
 * The import's size limit, free of Node modules so that the import page's script checks
 * a file before sending it, with the same words as the server and the command line.
 */

/** A 50,000-paragraph article is about 16 MB of text, its TMX with both sides about 40 MB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const formatSize = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Why a file of `bytes` is refused ("a.txt: file is 70.0 MB, over the 64.0 MB limit"), or null. */
export function oversizeMessage(name: string, bytes: number, maxBytes = MAX_IMPORT_BYTES): string | null {
  return bytes > maxBytes ? `${name}: file is ${formatSize(bytes)}, over the ${formatSize(maxBytes)} limit` : null;
}
