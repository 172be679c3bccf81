import {
  HOSTILE_TARGETS,
  SECRET_MARKERS,
  Tally,
  fuzzServer,
  hostileRequest,
  rawExchange,
  runs,
} from '@open-express-dashboard/test-env/adversarial';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoProcess, type DemoProcess } from './demo-process.js';

// The demo as `npm start` runs it (built, in demo mode), fuzzed: whatever arrives, the process
// stays up, answers within the bound and never a 5xx, and prints no token or login URL.
const CASES = runs(400, 5_000);

let demo: DemoProcess;

beforeAll(async () => {
  demo = await startDemoProcess();
}, 60_000);
afterAll(() => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
  demo?.child.kill('SIGKILL');
});

function alive(): void {
  if (demo.child.exitCode !== null) throw new Error(`the demo exited with ${demo.child.exitCode}:\n${demo.output()}`);
}

describe('the demo, fuzzed', () => {
  it('survives the request targets that once ended it', async () => {
    for (const target of HOSTILE_TARGETS) {
      const answer = await rawExchange(demo.url, `GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`);
      expect(answer.status, target).toBeGreaterThanOrEqual(400);
      expect(answer.status, target).toBeLessThan(500);
    }
    alive();
  });

  it(
    `answers ${CASES} hostile requests without a crash, a 5xx, a hang or a leak`,
    async () => {
      // A genuine session, as visiting a seller's page gives one.
      const page = await fetch(`${demo.url}/sellers/express`);
      const session = /oed_demo_session=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1];
      if (!session) throw new Error('the demo page set no session cookie');
      const tally = new Tally('demo');
      const links = await fuzzServer({
        url: demo.url,
        tally,
        requests: hostileRequest({
          paths: [
            '/trpc/expressDashboard.createLoginLink',
            '/',
            '/sellers/express',
            '/sellers/rate-limited',
            '/sellers/',
            '/trpc',
            '/assets/',
          ],
          tokens: [session],
          origins: [demo.url],
          accountIds: ['acct_1OpenExpressDemo01'],
          maxBodyBytes: 16 * 1024,
        }),
        numRuns: CASES,
        afterEach: alive,
      });
      tally.print();
      expect(tally.serverErrors).toBe(0);
      expect(tally.statuses['200']).toBeGreaterThan(0);
      for (const secret of [...SECRET_MARKERS, session, ...links]) {
        expect(demo.output().includes(secret), `the demo printed ${secret.slice(0, 30)}…`).toBe(false);
      }
    },
    runs(60_000, 600_000),
  );
});
