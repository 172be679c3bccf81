export interface RawAnswer {
  /** The answer's status, when one came. */
  status: number | undefined;
  /** Its headers, names in lower case (the last of repeated ones). */
  headers: Record<string, string>;
  body: string;
  /** Everything the server sent, as latin1 text. */
  raw: string;
  /** Milliseconds from connecting to the end of the answer (or the error). */
  ms: number;
  /** `timeout`, `closed without an answer` or a socket error, when the answer did not come whole. */
  error: string | undefined;
}
/** One HTTP/1.1 exchange over a raw socket, the request sent byte for byte; never throws. */
export declare function rawExchange(url: string, request: Uint8Array | string, options?: { timeoutMs?: number }): Promise<RawAnswer>;
