import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startService } from '../src/service.js';
import { matrixTargets, workerdCommand, workerdConfig } from '../src/targets.js';
import { bundleWorker } from '../src/workerd.js';
import { describeTarget } from './suite.js';

const setup = inject('matrix');
const serve = (config: string) => startService(workerdCommand(setup, config));

// worker.ts (wrangler.jsonc) and hono.ts, bundled as wrangler does, on workerd with nodejs_compat
// (the default from compatibility date 2026-08-04).
for (const target of matrixTargets(setup)) {
  if (target.runtime === 'workerd') describeTarget(target);
}

// What the edge needs from the library, recorded so the README stays true: when the Fetch entry
// stops importing Node built-ins, these tests fail and the README's runtime table changes with them.
describe('what nodejs_compat is needed for (today)', () => {
  it('the Worker bundle imports node:cluster and node:crypto, only from rate-limiter-flexible', () => {
    expect(setup.workers.worker.nodeImports).toEqual({
      'node:cluster': ['node_modules/rate-limiter-flexible/lib/RateLimiterCluster.js'],
      'node:crypto': ['node_modules/rate-limiter-flexible/lib/RateLimiterCluster.js'],
    });
  });

  it('without nodejs_compat (an older compatibility date, no flag) the Worker does not start', async () => {
    const config = workerdConfig(setup, setup.workers.worker, {}, { compatibility_date: '2026-08-03', compatibility_flags: [] });
    await expect(serve(config)).rejects.toThrow('No such module "node:cluster"');
  });

  it('logs on workerd are not redacted: pino’s browser build ignores the library’s redaction', async () => {
    writeFileSync(
      join(setup.app, 'log-probe.ts'),
      `import { createLogger } from '@open-express-dashboard/server';
export default {
  fetch() {
    createLogger().info({ url: 'https://connect.stripe.com/express/acct_1Probe/unredacted-probe' }, 'probe');
    return new Response('logged');
  },
};
`,
    );
    const probe = await bundleWorker(setup.app, 'log-probe.ts', 'workerd/log-probe.js');
    const service = await serve(workerdConfig(setup, probe, {}));
    try {
      expect(await (await fetch(service.origin)).text()).toBe('logged');
    } finally {
      await service.stop();
    }
    expect(service.output()).toContain('unredacted-probe');
  });
});
