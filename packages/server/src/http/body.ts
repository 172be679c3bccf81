/** What reading a request body gave: its text, or why there is none. */
export type BodyRead = { text: string } | 'too_large' | 'gone';

/**
 * Collects body chunks up to `limit` bytes. Shared by the adapters, which each feed it from their
 * own kind of stream. No Buffer: the Fetch adapter also runs where Node's globals do not.
 */
export class BodyCollector {
  readonly #limit: number;
  readonly #chunks: Uint8Array[] = [];
  #size = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Adds a chunk; `false` once the body has grown past the limit (stop reading then). */
  add(chunk: Uint8Array): boolean {
    this.#size += chunk.byteLength;
    if (this.#size > this.#limit) return false;
    this.#chunks.push(chunk);
    return true;
  }

  text(): string {
    const [only] = this.#chunks;
    if (this.#chunks.length === 1 && only) return DECODER.decode(only);
    const bytes = new Uint8Array(this.#size);
    let offset = 0;
    for (const chunk of this.#chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return DECODER.decode(bytes);
  }
}

const DECODER = new TextDecoder();

/** Reads a Fetch API body, up to `limit` bytes; past that the rest is cancelled, never read. */
export async function readWebBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<BodyRead> {
  if (!body) return { text: '' };
  const collector = new BodyCollector(limit);
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text: collector.text() };
      if (!collector.add(value)) {
        void reader.cancel().catch(() => undefined);
        return 'too_large';
      }
    }
  } catch {
    // The client went away mid-body: nobody is left to answer.
    return 'gone';
  }
}
