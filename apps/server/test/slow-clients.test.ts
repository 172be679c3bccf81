import { connect } from 'node:net';
import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killServices, startService } from './service-process.js';

// The limits the service documents, measured on the real process: headers within 10 s, the whole
// request within 30 s. Slow clients trickle bytes to hold a connection open; each test measures
// when the service cuts them off. The windows are wide (a busy machine), the point is the bound.
let fake: StripeFake;
let port: number;

beforeAll(async () => {
  fake = await startStripeFake();
  port = Number(new URL((await startService(fake)).url).port);
});
afterAll(async () => {
  killServices();
  await fake.close();
});

/** Opens a connection, sends `start`, then one byte of `trickle` every `everyMs`; resolves when the service closes it. */
function trickle(start: string, trickleBytes: string, everyMs: number): Promise<{ closedAfterMs: number; answer: string }> {
  return new Promise((resolve) => {
    const began = performance.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < trickleBytes.length) socket.write(trickleBytes[sent++] ?? '');
    }, everyMs);
    socket.on('connect', () => socket.write(start));
    socket.on('data', (data: Buffer) => (answer += data.toString('latin1')));
    const done = () => {
      clearInterval(timer);
      resolve({ closedAfterMs: performance.now() - began, answer });
    };
    socket.on('close', done);
    socket.on('error', () => undefined);
  });
}

describe('slow clients against the service', () => {
  it.concurrent('a client sending its headers a byte a second is cut off at 10 s (it was 30 s)', async () => {
    const { closedAfterMs, answer } = await trickle('GET /healthz HTTP/1.1\r\nhost: x\r\n', 'x-slow: ' + 'a'.repeat(100), 1_000);
    expect(closedAfterMs).toBeGreaterThan(9_000);
    expect(closedAfterMs).toBeLessThan(14_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it.concurrent('a body trickling a byte every 2 s is cut off at 30 s (it was still open at 45 s)', async () => {
    const body = `{"pad":"${'x'.repeat(200)}"}`;
    const { closedAfterMs } = await trickle(
      `POST /trpc/expressDashboard.createLoginLink HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`,
      body,
      2_000,
    );
    expect(closedAfterMs).toBeGreaterThan(29_000);
    expect(closedAfterMs).toBeLessThan(35_000);
    // Nothing was asked of Stripe for a request that never arrived.
    expect(fake.requests).toHaveLength(0);
  });
});
