/**
 * Splitting paragraphs into DeepL requests. DeepL takes at most 50 texts per /v2/translate
 * request and a request body of at most 128 KiB; deepl-node sends the body form-encoded, so
 * each text counts as its percent-encoded length (an accented letter is 6 bytes).
 */
export const MAX_TEXTS_PER_REQUEST = 50;
export const MAX_REQUEST_BYTES = 128 * 1024;
/** Room kept for the other parameters (target_lang, glossary_id, formality…). */
const PARAMETER_ROOM = 1024;

export interface BatchLimits {
  maxTexts: number;
  maxBytes: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxTexts: MAX_TEXTS_PER_REQUEST, maxBytes: MAX_REQUEST_BYTES };

/** Bytes a value adds to a form-encoded body as `name=value&`. */
export const formBytes = (name: string, value: string): number => name.length + 2 + encodeURIComponent(value).length;

/**
 * Consecutive batches in the given order, each within both limits once the context is
 * counted. A text too large on its own goes alone (DeepL will say what it thinks of it).
 */
export function makeBatches<T>(items: readonly T[], textOf: (item: T) => string, context: string | undefined, limits: BatchLimits = DEFAULT_BATCH_LIMITS): T[][] {
  const budget = limits.maxBytes - PARAMETER_ROOM - (context ? formBytes("context", context) : 0);
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = formBytes("text", textOf(item));
    if (current.length && (current.length >= limits.maxTexts || bytes + size > budget)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Characters DeepL bills for a text: Unicode code points of the source. */
export const billedCharacters = (text: string): number => [...text].length;
