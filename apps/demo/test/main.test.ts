import { SECRET_MARKERS, SECRET_TOKEN } from '@open-express-dashboard/test-env/adversarial';
import { describe, expect, it } from 'vitest';
import { startDemoProcess } from './demo-process.js';

// Something the demo did not expect, with a token in it, as a bug would throw it: on SIGUSR2, so
// that it happens once the demo runs.
const CRASHES = {
  uncaughtException: `process.on('SIGUSR2', () => setImmediate(() => { throw new Error('boom ${SECRET_TOKEN}'); }));`,
  unhandledRejection: `process.on('SIGUSR2', () => void Promise.reject(new Error('boom ${SECRET_TOKEN}')));`,
};

describe('the demo process', () => {
  it.each(Object.entries(CRASHES))('logs an %s through the redacting logger (no token in the dump), then exits 1', async (event, crash) => {
    const demo = await startDemoProcess(['--import', `data:text/javascript,${crash}`]);
    demo.child.kill('SIGUSR2');
    expect(await demo.exited).toBe(1);
    for (const secret of SECRET_MARKERS) expect(demo.output()).not.toContain(secret);
    const fatal = demo
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string; event?: string; err?: { message: string } })
      .find((entry) => entry.level === 60);
    expect(fatal).toMatchObject({ msg: 'the demo crashed', event, err: { message: 'boom [redacted token]' } });
  });
});
