import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKED_DIR, integrityOf } from '../harness/consumers.mjs';
import { buildImage, parseDockerfile } from './dockerfile.js';
import { startPackageRegistry } from './registry.js';
import { JWT_SECRET, SELLER_ACCOUNT, freePort, runtimeEnv, sessionToken, useConsumer, type Consumer } from './support.js';

const MUTATION = '/trpc/expressDashboard.createLoginLink';
/** The service's "listening" log line (JSON on stdout), which says where. */
const LISTENING = /"address":"(http:\/\/[^"]+)"[^\n]*"msg":"listening"/;
const DOCKERFILE = new URL('../../../apps/server/Dockerfile', import.meta.url);
/** What installing the service brings of ours. */
const SERVICE_TREE = ['contract', 'server', 'service'].map((name) => `@open-express-dashboard/${name}`);

function createLink(url: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${url}${MUTATION}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
}

async function readJson(response: Response): Promise<{ status: number; body: unknown }> {
  return { status: response.status, body: (await response.json()) as unknown };
}

/** Every JSON log line of an output. */
function logLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Runs the image's HEALTHCHECK command as Docker would, in the container's environment. */
async function healthy(app: Consumer, command: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const [program = '', ...args] = command;
  return (await app.run(program, args, { cwd, env, timeoutMs: 10_000 })).code === 0;
}

// The service as a platform installs it: its packed tarball in an app of its own, run with npx and
// environment variables; then its Dockerfile's install (against a registry holding our tarballs)
// and its CMD, without a Docker engine.
describe('the login-link service, installed from its package', () => {
  const consumer = useConsumer('service');

  it('runs with npx: /healthz, /readyz, a link for a signed-in seller, and Ctrl-C lets it shut down', async () => {
    const service = await consumer.app.start('npx', ['@open-express-dashboard/service'], {
      env: { ...runtimeEnv(consumer.fake), HOST: '127.0.0.1', PORT: '0' },
      ready: LISTENING,
    });
    try {
      expect(await readJson(await fetch(`${service.url}/healthz`))).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await readJson(await fetch(`${service.url}/readyz`))).toEqual({
        status: 200,
        body: { status: 'ready', rateLimitStore: 'memory' },
      });

      const jwt = await sessionToken();
      const signedIn = await createLink(service.url, { authorization: `Bearer ${jwt}` });
      expect(signedIn.status).toBe(200);
      const { result } = (await signedIn.json()) as { result: { data: { url: string; kind: string } } };
      expect(Object.keys(result.data).sort()).toEqual(['kind', 'url']);
      expect(result.data.kind).toBe('express_dashboard');
      expect(result.data.url).toContain(`${consumer.fake.url}/express/${SELLER_ACCOUNT}/`);
      // The link is the fake's: it opens the seller's Express Dashboard page.
      const dashboard = await fetch(result.data.url);
      expect(dashboard.status).toBe(200);
      expect(await dashboard.text()).toContain(SELLER_ACCOUNT);

      expect(await readJson(await createLink(service.url, {}))).toMatchObject({
        status: 401,
        body: { error: { data: { reason: 'UNAUTHENTICATED' } } },
      });

      // Ctrl-C in the terminal: npm and the service get SIGINT; npm leaves, the service finishes.
      service.signal('SIGINT');
      await service.closed;
      const lines = logLines(service.output());
      expect(lines.at(-1)).toMatchObject({ msg: 'shut down' });
      // One audit line per link request, without the URL.
      expect(lines.filter((line) => line['event'] === 'login_link').map(({ outcome, reason }) => ({ outcome, reason }))).toEqual([
        { outcome: 'created', reason: undefined },
        { outcome: 'failed', reason: 'UNAUTHENTICATED' },
      ]);
      for (const secret of [JWT_SECRET, jwt, consumer.fake.secretKey, result.data.url]) expect(service.output()).not.toContain(secret);
    } finally {
      await service.stop();
    }
  });

  it('refuses a broken configuration, listing each variable on stderr without its value', async () => {
    const env = { STRIPE_SECRET_KEY: 'pk_live_PUBLISHABLE_NOT_SECRET', AUTH_JWT_SECRET: 'short-SECRET', PORT: 'eighty' };
    const broken = await consumer.app.run('npx', ['@open-express-dashboard/service'], { env, timeoutMs: 60_000 });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('The server cannot start. Fix these environment variables:');
    for (const name of ['STRIPE_SECRET_KEY', 'AUTH_JWT_SECRET', 'PORT']) expect(broken.stderr).toContain(`- ${name} `);
    for (const value of Object.values(env)) expect(broken.stderr).not.toContain(value);
  });

  it('installs and runs as its Dockerfile says: HEALTHCHECK follows it, SIGTERM lets a request in flight finish', async () => {
    const packed = JSON.parse(readFileSync(join(PACKED_DIR, 'index.json'), 'utf8')) as Record<string, string>;
    const registry = await startPackageRegistry(packed);
    try {
      const { version } = JSON.parse(readFileSync(new URL('../../../apps/server/package.json', import.meta.url), 'utf8')) as {
        version: string;
      };
      const dockerfile = parseDockerfile(readFileSync(DOCKERFILE, 'utf8'));
      const image = await buildImage(dockerfile, join(consumer.root, 'image'), {
        run: (command, args, options) => consumer.app.run(command, args, options),
        buildArgs: { VERSION: version },
        // The builder's npm settings (as a secret mount of an .npmrc would give them): our scope
        // from the registry above, the rest from npm's cache where it can.
        files: { '.npmrc': `${registry.npmrc}prefer-offline=true\n` },
      });
      // The install took the service, and through its dependencies the server and the contract, by
      // version from the registry: the packed tarballs.
      expect([...new Set(registry.asked)].sort()).toEqual(SERVICE_TREE);
      const lock = JSON.parse(readFileSync(join(image.workdir, 'package-lock.json'), 'utf8')) as {
        packages: Record<string, { version?: string; integrity?: string }>;
      };
      for (const name of SERVICE_TREE) {
        expect(lock.packages[`node_modules/${name}`], name).toMatchObject({ version, integrity: integrityOf(packed[name] ?? '') });
      }
      expect(dockerfile.expose).toEqual([Number(image.env['PORT'])]);
      if (!dockerfile.healthcheck) throw new Error('the Dockerfile has no HEALTHCHECK');

      // `docker run -e …`: the Stripe fake and the session secret; loopback and a free port here.
      const env = { ...image.env, ...runtimeEnv(consumer.fake), HOST: '127.0.0.1', PORT: String(await freePort()) };
      expect(await healthy(consumer.app, dockerfile.healthcheck, image.workdir, env)).toBe(false);
      const [command = '', ...args] = image.cmd;
      const service = await consumer.app.start(command, args, { cwd: image.workdir, env, ready: LISTENING });
      try {
        expect(await healthy(consumer.app, dockerfile.healthcheck, image.workdir, env)).toBe(true);
        // `docker stop` while Stripe takes its time over a seller's link.
        consumer.fake.reset();
        consumer.fake.injectFault({ kind: 'delay', ms: 1_500 }, { path: `/v1/accounts/${SELLER_ACCOUNT}/login_links` });
        const inFlight = createLink(service.url, { authorization: `Bearer ${await sessionToken()}` });
        await expect.poll(() => consumer.fake.requests.some(({ path }) => path.endsWith('/login_links'))).toBe(true);
        service.signal('SIGTERM', 'leader');
        const answer = await inFlight;
        expect(answer.status).toBe(200);
        expect(await answer.json()).toMatchObject({ result: { data: { kind: 'express_dashboard' } } });
        expect(await service.exited).toBe(0);
        expect(logLines(service.output()).at(-1)).toMatchObject({ msg: 'shut down' });
        expect(await healthy(consumer.app, dockerfile.healthcheck, image.workdir, env)).toBe(false);
      } finally {
        await service.stop();
      }
    } finally {
      await registry.close();
    }
  });
});
