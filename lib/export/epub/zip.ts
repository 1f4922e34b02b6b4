import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

/** One file of the archive: its path and its text, given whole or in pieces. */
export interface ZipEntry {
  name: string;
  text: string | AsyncIterable<string>;
  /** Stored as is, not compressed (the EPUB mimetype file must be). */
  store?: boolean;
}

/**
 * Every entry gets the same modification time, so that the same content always gives the
 * same bytes (a reproducible book: re-exporting an unchanged document changes nothing).
 * 1980-01-01 is the first date a ZIP file can hold.
 */
const FIXED_MTIME = new Date(1980, 0, 1);

/** Text is handed to the compressor in pieces of about this many characters. */
const PIECE_CHARS = 64 * 1024;

/**
 * A ZIP archive written as it is read: entries are compressed one after another, and the
 * archive's bytes come out in step with the entries' text, so that a long entry is never
 * held whole (only the piece being compressed, and the compressor's window). Nothing is
 * produced ahead of the reader: each piece is pulled from the entries when the archive's
 * reader asks for more.
 */
export async function* zipEntries(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else out.push(data);
  });
  const encoder = new TextEncoder();
  /** What the compressor produced since the last call; fails if it failed. */
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    yield* out.splice(0);
  }
  for await (const entry of entries) {
    const file = entry.store ? new ZipPassThrough(entry.name) : new ZipDeflate(entry.name, { level: 6 });
    file.mtime = FIXED_MTIME;
    zip.add(file);
    yield* drain();
    let piece: string[] = [];
    let length = 0;
    const texts = typeof entry.text === "string" ? [entry.text] : entry.text;
    for await (const text of texts) {
      piece.push(text);
      length += text.length;
      if (length >= PIECE_CHARS) {
        file.push(encoder.encode(piece.join("")));
        piece = [];
        length = 0;
        yield* drain();
      }
    }
    file.push(encoder.encode(piece.join("")), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
