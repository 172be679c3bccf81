import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Cold start (bench/cold-start.js): the optional parts of a request are imported when first used.
// Each case runs in a fresh Node process on the built package, with a resolve hook that lists every
// package the process asks for.
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);
const OPTIONAL = ['jose', 'zod', 'cookie', 'rate-limiter-flexible', 'pino'];

const HOOK = `export async function resolve(specifier, context, next) {
  if (/^[@a-z]/.test(specifier) && !specifier.startsWith('node:')) process.stderr.write('RESOLVED ' + specifier + '\\n');
  return next(specifier, context);
}`;

/** The packages (by name) a script run after importing `.` and `./fetch` resolved. */
async function packagesResolvedBy(script: string): Promise<Set<string>> {
  const program = `
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}));
    const server = await import('@open-express-dashboard/server');
    await import('@open-express-dashboard/server/fetch');
    const noStripe = () => { throw new Error('not asked'); };
    const refused = (call) => call.then(() => { throw new Error('answered'); }, () => undefined);
    ${script}`;
  const { stderr } = await run(process.execPath, ['--input-type=module', '-e', program], { cwd: PACKAGE_DIR });
  const names = stderr.match(/^RESOLVED .+$/gm) ?? [];
  return new Set(
    names.map((line) =>
      line
        .slice('RESOLVED '.length)
        .split('/')
        .slice(0, line.includes(' @') ? 2 : 1)
        .join('/'),
    ),
  );
}

describe('imports on first use', { timeout: 30_000 }, () => {
  it('a platform with its own authenticate never loads jose, zod, cookie, pino or a rate limiter it did not reach', async () => {
    const resolved = await packagesResolvedBy(`
      server.createJwtAuthenticator({ secret: 'x'.repeat(32) });
      const router = server.createExpressDashboardRouter({ stripe: noStripe, authenticate: () => null, logger: false });
      await refused(router.createCaller({ request: { headers: new Headers() } }).expressDashboard.createLoginLink());`);
    expect(resolved).toContain('@trpc/server');
    for (const name of OPTIONAL) expect(resolved).not.toContain(name);
  });

  it('loads jose for the first token, zod for the first caller it checks, and the rate limiter for the first count', async () => {
    const resolved = await packagesResolvedBy(`
      const jwt = server.createJwtAuthenticator({ secret: 'x'.repeat(32) });
      await refused(Promise.resolve(jwt({ headers: new Headers({ authorization: 'Bearer a.b.c' }) })));
      const router = server.createExpressDashboardRouter({ stripe: noStripe, authenticate: () => ({ userId: 'u', accountIds: ['acct_1'] }), logger: false });
      await refused(router.createCaller({ request: { headers: new Headers() } }).expressDashboard.createLoginLink());`);
    expect(resolved).toContain('jose');
    expect(resolved).toContain('rate-limiter-flexible');
    expect(resolved).toContain('zod');
  });
});
