/** Bytes gathered before a chunk is handed on: fewer, larger writes. */
export const CHUNK_CHARS = 64 * 1024;

/** Joins small string chunks into chunks of about `size` characters. */
export async function* coalesce(chunks: AsyncIterable<string>, size = CHUNK_CHARS): AsyncGenerator<string> {
  let buffer: string[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    buffer.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield buffer.join("");
      buffer = [];
      length = 0;
    }
  }
  if (length) yield buffer.join("");
}

/** A web ReadableStream of UTF-8 bytes pulled from the chunks as the client reads. */
export function toReadableStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return bytesToReadableStream(
    (async function* () {
      for await (const chunk of coalesce(chunks)) yield encoder.encode(chunk);
    })(),
  );
}

/** A web ReadableStream pulled from byte chunks (an EPUB's) as the client reads. */
export function bytesToReadableStream(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
