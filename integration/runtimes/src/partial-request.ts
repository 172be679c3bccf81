import { request, type IncomingHttpHeaders } from 'node:http';

export interface PartialAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A POST that sends its head and then only `chunks` (never the end of its body), and reads the
 * answer the server gives meanwhile. A server that refuses a body part-way answers, then may close:
 * a client that kept writing would see EPIPE instead of the answer, so this one stops writing.
 */
export function partialPost(url: string, headers: Record<string, string>, chunks: readonly Uint8Array[]): Promise<PartialAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers });
    outgoing.once('error', reject);
    outgoing.once('response', (incoming) => {
      let body = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (text: string) => (body += text));
      incoming.once('end', () => {
        outgoing.destroy();
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body });
      });
      incoming.once('error', reject);
    });
    outgoing.flushHeaders();
    for (const chunk of chunks) outgoing.write(chunk);
  });
}
