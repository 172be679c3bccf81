import type { IncomingMessage } from 'node:http';
import { BodyCollector, type BodyRead } from './body.js';

/**
 * Reads a Node request's body, up to `limit` bytes. Past the limit it stops reading (the request
 * is paused, not drained): answer with `Connection: close` so the rest is never received.
 */
export function readNodeBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  if (req.readableEnded) return Promise.resolve({ text: '' });
  return new Promise((resolve) => {
    const collector = new BodyCollector(limit);
    const finish = (result: BodyRead) => {
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      if (collector.add(chunk)) return;
      req.pause();
      finish('too_large');
    };
    const onEnd = () => finish({ text: collector.text() });
    const onGone = () => finish('gone');
    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
  });
}
