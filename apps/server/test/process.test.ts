import { spawn } from 'node:child_process';
import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '@open-express-dashboard/test-env';
import { HOSTILE_TARGETS, SECRET_MARKERS, SECRET_TOKEN, rawExchange } from '@open-express-dashboard/test-env/adversarial';
import {
  ACCOUNT,
  APP_DIR,
  JWT_SECRET,
  createLink,
  killServices,
  serviceEnv,
  spawnService,
  startService as startWith,
  token,
} from './service-process.js';

let fake: StripeFake;

beforeAll(async () => {
  fake = await startStripeFake({ accounts: [{ id: ACCOUNT, state: 'express' }] });
});
afterEach(() => fake.reset());
afterAll(async () => {
  killServices();
  await fake.close();
});

const startService = (extra: Record<string, string> = {}, nodeArgs: string[] = []) => startWith(fake, extra, nodeArgs);

describe('the service process (its bin)', () => {
  it('serves links under /trpc and GET /healthz, from the environment', async () => {
    const service = await startService();
    const health = await fetch(`${service.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${service.url}/elsewhere`)).status).toBe(404);

    const response = await createLink(service.url, await token());
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as { result: { data: { url: string; kind: string } } };
    expect(result.data.kind).toBe('express_dashboard');
    expect(result.data.url).toContain(`/express/${ACCOUNT}/`);
    expect(response.headers.get('cache-control')).toBe('no-store');

    const forged = await createLink(service.url, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    expect(forged.status).toBe(401);

    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    // It never printed a secret, a token or the link.
    const output = service.stdout() + service.stderr();
    for (const secret of [fake.secretKey, JWT_SECRET, result.data.url, new URL(result.data.url).pathname]) {
      expect(output).not.toContain(secret);
    }
  });

  it('finishes requests in flight on SIGTERM, refuses new connections, then exits 0', async () => {
    const service = await startService();
    // Stripe takes its time: the seller's request is in flight when the platform redeploys.
    fake.injectFault({ kind: 'delay', ms: 1_500 }, { path: `/v1/accounts/${ACCOUNT}/login_links` });
    const inFlight = createLink(service.url, await token());
    while (fake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));

    service.child.kill('SIGTERM');
    while (!service.stdout().includes('shutting down')) await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ result: { data: { kind: 'express_dashboard' } } });
    expect(await service.exited).toBe(0);
    expect(service.stdout()).toContain('"msg":"shut down"');
  });

  it('survives request targets that `new URL(req.url, base)` throws on, and never prints the token in them', async () => {
    const service = await startService();
    for (const target of HOSTILE_TARGETS) {
      const answer = await rawExchange(service.url, `GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`);
      expect(answer.status, target).toBeGreaterThanOrEqual(400);
      expect(answer.status, target).toBeLessThan(500);
    }
    const malformed = await rawExchange(service.url, `GET http://[/ HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`);
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toEqual({ error: 'bad request target' });
    expect(service.child.exitCode).toBeNull();
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    for (const secret of SECRET_MARKERS) expect(service.stdout() + service.stderr()).not.toContain(secret);
  });

  it('logs a crash through the redacting logger (no token in the dump), then exits 1', async () => {
    // Something the service did not expect, thrown with a token in its message, as a bug would
    // (on SIGUSR2, so that it happens once the service runs).
    const crash = `data:text/javascript,process.on('SIGUSR2', () => setImmediate(() => { throw new Error('boom ${SECRET_TOKEN}'); }));`;
    const service = await startService({}, ['--import', crash]);
    service.child.kill('SIGUSR2');
    expect(await service.exited).toBe(1);
    const output = service.stdout() + service.stderr();
    for (const secret of SECRET_MARKERS) expect(output).not.toContain(secret);
    const fatal = service
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string; err?: { message: string } })
      .find((entry) => entry.level === 60);
    expect(fatal).toMatchObject({ msg: 'the server crashed', err: { message: 'boom [redacted token]' } });
  });

  it('refuses to start on bad configuration, listing every problem without printing secrets', async () => {
    const secret = 'pk_live_THIS_MUST_NOT_BE_PRINTED';
    const broken = spawnService({ STRIPE_SECRET_KEY: secret, AUTH_JWT_SECRET: 'too-short-SECRET', PORT: 'http', ALLOWED_ORIGINS: '*' });
    expect(await broken.exited).toBe(1);
    const stderr = broken.stderr();
    expect(stderr).toContain('The server cannot start. Fix these environment variables:');
    for (const name of ['STRIPE_SECRET_KEY', 'AUTH_JWT_SECRET', 'ALLOWED_ORIGINS', 'PORT']) expect(stderr).toContain(`- ${name} `);
    expect(stderr).not.toContain(secret);
    expect(stderr).not.toContain('too-short-SECRET');
    expect(broken.stdout()).toBe('');
  });

  it('answers --help without starting, and refuses an argument it would otherwise ignore', async () => {
    const help = spawnService({}, [], ['--help']);
    expect(await help.exited).toBe(0);
    expect(help.stdout()).toContain('STRIPE_SECRET_KEY');
    const mistaken = spawnService(serviceEnv(fake), [], ['--port', '3000']);
    expect(await mistaken.exited).toBe(2);
    expect(mistaken.stderr()).toContain('takes no arguments: it is configured by environment variables');
    expect(mistaken.stdout()).toBe('');
  });
});

describe('two instances with REDIS_URL', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
  afterAll(() => redis?.stop());

  it('share one rate limit', async () => {
    const env = { REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '2' };
    const [a, b] = await Promise.all([startService(env), startService(env)]);
    const jwt = await token('seller_shared');
    expect((await createLink(a.url, jwt)).status).toBe(200);
    expect((await createLink(b.url, jwt)).status).toBe(200);
    const limited = await createLink(a.url, jwt);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { data: { reason: 'RATE_LIMITED' } } });
    for (const service of [a, b]) service.child.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
  });

  it('say on GET /readyz when Redis stalls or goes away (still alive on /healthz, still serving)', async () => {
    const own = await startRedisServer();
    const service = await startService({ REDIS_URL: own.url });
    const readiness = async () => {
      const response = await fetch(`${service.url}/readyz`);
      return { status: response.status, body: await response.json() };
    };
    try {
      expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', rateLimitStore: 'redis' } });
      const admin = new Redis(own.url);
      // Every command waits for 4 s: Redis is connected and answers nothing.
      await admin.call('CLIENT', 'PAUSE', '4000', 'ALL');
      expect(await readiness()).toEqual({ status: 503, body: { status: 'not_ready', rateLimitStore: 'redis_unavailable' } });
      expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
      // A seller is still served, counted in memory, without waiting for Redis.
      expect((await createLink(service.url, await token('seller_stalled'))).status).toBe(200);
      await own.stop();
      admin.disconnect();
      expect((await readiness()).status).toBe(503);
      expect((await createLink(service.url, await token('seller_stalled'))).status).toBe(200);
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
      await own.stop();
    }
  });
});

// The logs go to stdout asynchronously, in batches: none may be lost however the process ends.
describe('logs written in batches', () => {
  const entriesOf = (stdout: string) =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('keep every line on SIGTERM: one per request answered, then the shutdown', async () => {
    const service = await startService({ RATE_LIMIT_PER_MINUTE: '100' });
    const jwt = await token('seller_logged');
    const answers = await Promise.all(Array.from({ length: 40 }, () => createLink(service.url, jwt)));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    const urls = await Promise.all(
      answers.map(async (answer) => ((await answer.json()) as { result: { data: { url: string } } }).result.data.url),
    );
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);

    const entries = entriesOf(service.stdout());
    expect(entries.filter((entry) => entry['event'] === 'login_link' && entry['userId'] === 'seller_logged')).toHaveLength(40);
    expect(entries.at(-1)).toMatchObject({ msg: 'shut down' });
    for (const secret of [jwt, ...urls.map((url) => new URL(url).pathname)]) expect(service.stdout()).not.toContain(secret);
  });

  it('keep every line of a library logger when its process ends on its own, redacted', async () => {
    const script = [
      "import { createLogger } from '@open-express-dashboard/server';",
      'const logger = createLogger();',
      "for (let i = 0; i < 1000; i += 1) logger.info({ i, token: 'tok-SECRET', note: 'Bearer abc.SECRET' }, 'line');",
    ].join('\n');
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: APP_DIR, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await new Promise((resolve) => child.once('close', resolve))).toBe(0);

    const entries = entriesOf(stdout);
    expect(entries.map((entry) => entry['i'])).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(entries[999]).toMatchObject({ token: '[redacted]', note: 'Bearer [redacted]' });
    expect(stdout).not.toContain('SECRET');
  });
});
