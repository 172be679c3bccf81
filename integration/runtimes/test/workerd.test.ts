import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { dashboardClient } from '../src/client.js';
import { startService } from '../src/service.js';
import { matrixTargets, workerdCommand, workerdConfig, WITHOUT_NODEJS_COMPAT } from '../src/targets.js';
import { HS_SECRET, hsToken } from '../src/tokens.js';
import { bundleWorker } from '../src/workerd.js';
import { describeTarget } from './suite.js';

const setup = inject('matrix');
const serve = (config: string) => startService(workerdCommand(setup, config));

// worker.ts (wrangler.jsonc) and hono.ts, bundled as wrangler does, on workerd with the recipe's
// date; worker.ts also with the last date before nodejs_compat and no flags: no Node API needed.
for (const target of matrixTargets(setup)) {
  if (target.runtime === 'workerd') describeTarget(target);
}

/** Bundles a small Worker written here, as wrangler would, beside the recipes. */
async function probe(name: string, source: string) {
  writeFileSync(join(setup.app, `${name}.ts`), source);
  return bundleWorker(setup.app, `${name}.ts`, `workerd/${name}.js`);
}

describe('what the edge needs from the library', () => {
  it('the Worker bundles import no Node built-in', () => {
    expect(setup.workers.worker.nodeImports).toEqual({});
    expect(setup.workers.hono.nodeImports).toEqual({});
  });

  describe('a platform’s own pino logger on Workers (pino’s browser build, which redacts nothing)', () => {
    let fake: StripeFake;
    beforeAll(async () => {
      fake = await startStripeFake({ accounts: [{ id: 'acct_1MatrixExpress0001', state: 'express' }] });
    });
    afterAll(() => fake.close());

    it('gets what the library writes already redacted: Stripe’s message quoting the key, a refused origin', async () => {
      const bundle = await probe(
        'pino-probe',
        `import { createExpressDashboardFetchHandler } from '@open-express-dashboard/server/fetch';
import { pino } from 'pino';
import { dashboardOptions } from './options.ts';

let handler;
export default {
  fetch(request, env) {
    handler ??= createExpressDashboardFetchHandler({ ...dashboardOptions(env), logger: pino() });
    return handler(request);
  },
};
`,
      );
      expect(bundle.nodeImports).toEqual({});
      const wrongKey = 'sk_test_51MatrixWrongKeyQ7';
      const service = await serve(
        workerdConfig(
          setup,
          bundle,
          { STRIPE_SECRET_KEY: wrongKey, STRIPE_API_URL: fake.url, AUTH_JWT_SECRET: HS_SECRET },
          WITHOUT_NODEJS_COMPAT,
        ),
      );
      try {
        const token = await hsToken({ sub: 'pino-seller', account: 'acct_1MatrixExpress0001' });
        await expect(dashboardClient(service.origin, token).expressDashboard.createLoginLink.mutate()).rejects.toMatchObject({
          data: { reason: 'MISCONFIGURED' },
        });
        await expect(
          dashboardClient(service.origin, token, { origin: 'https://evil.example' }).expressDashboard.createLoginLink.mutate(),
        ).rejects.toMatchObject({ data: { reason: 'ORIGIN_NOT_ALLOWED' } });
      } finally {
        await service.stop();
      }
      const output = service.output();
      expect(output).toContain('MISCONFIGURED');
      expect(output).toContain('request_refused');
      expect(output).toContain('Invalid API Key provided: [redacted key]');
      for (const secret of [wrongKey, 'sk_test_', HS_SECRET]) expect(output).not.toContain(secret);
    });
  });

  it('createConsoleLogger (the edge default) redacts a link, a key, a token and a child’s bindings on workerd without nodejs_compat', async () => {
    const bundle = await probe(
      'console-logger-probe',
      `import { createConsoleLogger } from '@open-express-dashboard/server';
export default {
  fetch() {
    const logger = createConsoleLogger().child({ session: { cookie: 'session=binding-probe' } });
    const link = 'https://connect.stripe.com/express/acct_1Probe/unredacted-probe';
    logger.info({ url: link, err: new Error('failed at ' + link + ' with sk_test_51KeyProbe'), note: 'Bearer eyJa.eyJb.sigprobe' }, 'probe');
    return new Response('logged');
  },
};
`,
    );
    expect(bundle.nodeImports).toEqual({});
    const service = await serve(workerdConfig(setup, bundle, {}, WITHOUT_NODEJS_COMPAT));
    try {
      expect(await (await fetch(service.origin)).text()).toBe('logged');
    } finally {
      await service.stop();
    }
    const output = service.output();
    expect(output).toContain('"msg":"probe"');
    expect(output).toContain('"url":"[redacted]"');
    for (const secret of ['unredacted-probe', 'binding-probe', 'sk_test_51KeyProbe', 'sigprobe']) expect(output).not.toContain(secret);
  });

  it('createLogger (pino, for Node) refuses to run where it could not redact, saying what to use instead', async () => {
    const bundle = await probe(
      'create-logger-probe',
      `import { createLogger } from '@open-express-dashboard/server/node';
export default {
  fetch() {
    try {
      createLogger().info({ url: 'https://connect.stripe.com/express/acct_1Probe/unredacted-probe' }, 'probe');
      return new Response('logged');
    } catch (error) {
      return new Response(error.message);
    }
  },
};
`,
    );
    const service = await serve(workerdConfig(setup, bundle, {}));
    try {
      expect(await (await fetch(service.origin)).text()).toMatch(/use createConsoleLogger/);
    } finally {
      await service.stop();
    }
    expect(service.output()).not.toContain('unredacted-probe');
  });
});
