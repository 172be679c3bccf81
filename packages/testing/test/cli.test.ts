import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listen } from '@open-express-dashboard/test-env';
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_LINK_TTL_SECONDS, DEFAULT_SECRET_KEY } from '../src/stripe-fake/server.js';

// The command as npm installs it: package.json's `bin`, run by Node (the build comes first, see turbo.json).
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
const BIN = fileURLToPath(new URL(`../${packageJson.bin['open-express-dashboard-stripe-fake']}`, import.meta.url));

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: 'pipe' });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    /** Resolves once the banner is out, with the URL and key it printed. */
    async ready() {
      while (!stdout.includes('Press Ctrl+C to stop.')) {
        if (child.exitCode !== null) throw new Error(`exited early: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      const key = /Secret key: (\S+)/.exec(stdout)?.[1];
      if (!url || !key) throw new Error(`no URL or key in: ${stdout}`);
      return { url: new URL(url), key };
    },
  };
}

function stripeAt(url: URL, key: string): Stripe {
  return new Stripe(key, { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0, telemetry: false });
}

describe('open-express-dashboard-stripe-fake', () => {
  it('prints its usage with --help', async () => {
    const run = start(['--help']);
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toMatch(/^Usage: open-express-dashboard-stripe-fake \[options\]/);
    for (const option of ['--port', '--host', '--account', '--secret-key', '--login-link-ttl']) {
      expect(run.output().stdout).toContain(option);
    }
    // The defaults shown are the fake's own.
    expect(run.output().stdout).toContain(`(default ${DEFAULT_SECRET_KEY})`);
    expect(run.output().stdout).toContain(`valid (default ${DEFAULT_LOGIN_LINK_TTL_SECONDS})`);
  });

  it('serves the seeded accounts to the stripe SDK, and stops on SIGTERM', async () => {
    const run = start([
      '--port',
      '0',
      '--account',
      'express:acct_1CliSeller000001',
      '--account',
      'onboarding_incomplete:acct_1CliNew0000001',
    ]);
    const { url, key } = await run.ready();
    expect(url.hostname).toBe('127.0.0.1');
    expect(key).toBe('sk_test_open_express_dashboard_fake');
    expect(run.output().stdout).toMatch(/express\s+acct_1CliSeller000001/);

    const stripe = stripeAt(url, key);
    const link = await stripe.accounts.createLoginLink('acct_1CliSeller000001');
    expect((await fetch(link.url)).status).toBe(200);
    await expect(stripe.accounts.createLoginLink('acct_1CliNew0000001')).rejects.toThrow(/not completed onboarding/);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
    // A login link is a credential: with everything the command wrote in (it has exited), neither
    // the link nor its path (which holds the token) appears, in any form.
    const { stdout, stderr } = run.output();
    expect(stdout).toContain('SIGTERM: stopping.');
    for (const secret of [link.url, new URL(link.url).pathname]) {
      expect(stdout).not.toContain(secret);
      expect(stderr).not.toContain(secret);
    }
  });

  it('expires login links after --login-link-ttl seconds', async () => {
    const run = start(['--port', '0', '--login-link-ttl', '1', '--account', 'express:acct_1CliTtl000000001']);
    const { url, key } = await run.ready();
    const link = await stripeAt(url, key).accounts.createLoginLink('acct_1CliTtl000000001');
    // Links expire on whole seconds: 1 s after the second the link was created in, at most 2 s from now.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await fetch(link.url)).status).toBe(410);
  });

  it('seeds one account per state with fixed ids by default, takes a key, and stops on SIGINT', async () => {
    const run = start(['--port', '0', '--secret-key', 'sk_test_my_own_key']);
    const { url, key } = await run.ready();
    expect(key).toBe('sk_test_my_own_key');
    const account = await stripeAt(url, key).accounts.retrieve('acct_1FakeFullDash00001');
    expect(account.controller?.type).toBe('account');
    for (const state of ['express', 'onboarding_incomplete', 'full_dashboard', 'no_dashboard', 'disconnected']) {
      expect(run.output().stdout).toMatch(new RegExp(`\\b${state}\\s+acct_1Fake`));
    }
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });

  it.each([
    [['--port', 'http'], /--port http: expected a whole number from 0 to 65535/],
    [['--port', '70000'], /--port 70000/],
    [['--account', 'standard'], /--account standard: expected <state>\[:<id>\]/],
    [['--account', 'express:1234'], /an account id looks like acct_/],
    [['--account', 'express:acct_1Same', '--account', 'no_dashboard:acct_1Same'], /acct_1Same is given twice/],
    [['--secret-key', 'pk_test_123'], /--secret-key: expected a secret \(sk_test_…\) or restricted \(rk_test_…\) key/],
    [['--login-link-ttl', '0'], /--login-link-ttl 0: expected a whole number from 1 to 86400/],
    [['--verbose'], /Unknown option '--verbose'/],
    [['serve'], /Unexpected argument 'serve'/],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const run = start(args);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toMatch(message);
    expect(run.output().stderr).toContain('--help');
    expect(run.output().stdout).toBe('');
  });

  it('says so when the port is taken', async () => {
    const blocker = await listen(() => undefined);
    try {
      const run = start(['--port', String(blocker.port)]);
      expect(await run.exited).toBe(1);
      expect(run.output().stderr).toContain(`port ${blocker.port} is in use (try --port 0 for a free one)`);
    } finally {
      await blocker.close();
    }
  });
});
