import { connect } from 'node:net';

/**
 * One HTTP/1.1 exchange over a raw socket: whatever bytes a test wants to send (request targets,
 * methods and headers no HTTP client would produce), and the first answer, read up to its end.
 * Never throws: a socket error or the deadline is part of the result.
 * @param {string} url the server's base URL (`http://127.0.0.1:1234`)
 * @param {Uint8Array | string} request the whole request, bytes as sent
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<import('./http.d.ts').RawAnswer>}
 */
export function rawExchange(url, request, { timeoutMs = 10_000 } = {}) {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    /** @type {Buffer[]} */
    const chunks = [];
    let settled = false;
    /** @param {string | undefined} error */
    const finish = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const raw = Buffer.concat(chunks);
      const answer = parseAnswer(raw);
      resolve({ ...answer, raw: raw.toString('latin1'), ms: performance.now() - started, error });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      if (parseAnswer(Buffer.concat(chunks)).complete) finish(undefined);
    });
    // The server may close once it has answered (or refuse the rest of a body it does not want);
    // an answer without a length ends there.
    const answered = () => parseAnswer(Buffer.concat(chunks)).status !== undefined;
    socket.on('error', (error) => finish(answered() ? undefined : error.message));
    socket.on('close', () => finish(answered() ? undefined : 'closed without an answer'));
  });
}

/**
 * @param {Buffer} raw
 * @returns {{ status: number | undefined; headers: Record<string, string>; body: string; complete: boolean }}
 */
function parseAnswer(raw) {
  const end = raw.indexOf('\r\n\r\n');
  if (end === -1) return { status: undefined, headers: {}, body: '', complete: false };
  const [statusLine = '', ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]) || undefined;
  /** @type {Record<string, string>} */
  const headers = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = raw.subarray(end + 4);
  const length = headers['content-length'];
  if (status === 204 || status === 304 || (status !== undefined && status < 200)) return { status, headers, body: '', complete: true };
  if (length !== undefined) {
    const size = Number(length);
    return { status, headers, body: rest.subarray(0, size).toString('utf8'), complete: rest.length >= size };
  }
  if (headers['transfer-encoding']?.toLowerCase().includes('chunked')) {
    // The last chunk (`0`) and an empty trailer end it.
    const done = rest.subarray(-5).toString('latin1') === '0\r\n\r\n';
    return { status, headers, body: done ? dechunk(rest) : '', complete: done };
  }
  // Neither: the body ends when the server closes (HTTP/1.0 style).
  return { status, headers, body: rest.toString('utf8'), complete: false };
}

/** @param {Buffer} rest */
function dechunk(rest) {
  /** @type {Buffer[]} */
  const parts = [];
  let offset = 0;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n', offset);
    if (lineEnd === -1) break;
    const size = parseInt(rest.subarray(offset, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) break;
    parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts).toString('utf8');
}
