import { describe, expect, it } from 'vitest';
import { expectSuccess, runtimeEnv, sessionToken, useConsumer } from './support.js';

// A TypeScript service on @trpc/server and @trpc/client 11.25.2, the floor of the peer range (and
// today's newest): 11.22 and 11.23 answer a mutation sent without input (the element's call when no
// account is chosen) with 400 before any procedure runs. It merges the router into its own tRPC app
// (its own context and errorFormatter), reads `reason` typed, and runs a request end to end
// (client → Fetch adapter → router → stripe SDK → Stripe fake).
describe('a TypeScript service', () => {
  const consumer = useConsumer('ts-service');
  const trpc = '11.25.2';

  it('installs one copy of tRPC, the one it chose', async () => {
    const tree = await consumer.app.run('npm', ['ls', '@trpc/server', '--all', '--parseable']);
    expectSuccess(tree);
    expect(tree.stdout.trim().split('\n')).toEqual([expect.stringMatching(/node_modules\/@trpc\/server$/)]);
    const installed = await consumer.app.run('node', ['-p', "require('@trpc/server/package.json').version"]);
    expect(installed.stdout.trim()).toBe(trpc);
  });

  it('typechecks under moduleResolution node16 and bundler, and the wrong uses do not compile', async () => {
    expectSuccess(await consumer.app.run('npm', ['run', 'typecheck']));
  });

  it('is required from CommonJS under module nodenext, and stops at TS1479 under node16 (as the README says)', async () => {
    const cjs = await consumer.app.run('npm', ['run', '--silent', 'cjs']);
    expectSuccess(cjs);
    expect(cjs.stdout.trim()).toBe('createLoginLink');
    const node16 = await consumer.app.run('npx', [
      'tsc',
      '-p',
      'tsconfig.cjs.json',
      '--module',
      'node16',
      '--moduleResolution',
      'node16',
      '--noEmit',
    ]);
    expect(node16.stdout).toContain('error TS1479');
  });

  it('merges the router with its own context and errorFormatter, and answers with typed reasons', async () => {
    expectSuccess(await consumer.app.run('npm', ['run', 'build']));
    const smoke = await consumer.app.run('npm', ['run', '--silent', 'smoke'], {
      env: { ...runtimeEnv(consumer.fake), SMOKE_TOKEN: await sessionToken() },
    });
    expectSuccess(smoke);
    // One JSON line of results among the router's own log lines (pino, also on stdout).
    const lines = smoke.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const result = lines.find((line) => !('level' in line)) ?? {};
    expect(result['tenant']).toBe('acme');
    expect(result['link']).toMatchObject({ kind: 'express_dashboard' });
    expect(result['link']).toHaveProperty('url', expect.stringContaining(`${consumer.fake.url}/express/`));
    expect(result['anonymous']).toEqual({ reason: 'UNAUTHENTICATED' });
    // One log line per link request, and the URL only in the result, never in a log line.
    expect(lines.filter((line) => line['event'] === 'login_link')).toHaveLength(2);
    expect(smoke.stdout.split(String((result['link'] as { url?: string }).url))).toHaveLength(2);
    // The platform's own errors keep the platform's formatter.
    expect(result['platformError']).toMatchObject({ error: { data: { code: 'NOT_FOUND', tenant: 'acme' } } });
  });
});
