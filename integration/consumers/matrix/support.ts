import { rmSync } from 'node:fs';
import { chromiumLaunchOptions } from '@open-express-dashboard/test-env';
import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { SignJWT } from 'jose';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { installConsumer, scratchRoot, type Consumer, type RunResult } from '../harness/consumers.mjs';

export type { Consumer, RunResult };

export const SELLER_ACCOUNT = 'acct_1ConsumerSeller01';
export const ONBOARDING_ACCOUNT = 'acct_1ConsumerOnboard1';
/** The session secret every consumer's JWT authenticator is given at run time (never at build time). */
export const JWT_SECRET = 'consumer-matrix-session-secret-0123456789';

/** A session token for `sub`, owning `account`: what a platform's sign-in would issue. */
export function sessionToken(account: string = SELLER_ACCOUNT, sub = 'seller-1'): Promise<string> {
  return new SignJWT({ stripe_account: account })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(JWT_SECRET));
}

/**
 * Installs `name` before the file's tests, in a scratch folder removed after them,
 * with a Stripe fake to point it at. Read the handles inside tests or hooks.
 */
export function useConsumer(name: string) {
  const handles = {} as { app: Consumer; fake: StripeFake; root: string };
  beforeAll(async () => {
    handles.root = scratchRoot();
    handles.fake = await startStripeFake({
      accounts: [
        { id: SELLER_ACCOUNT, state: 'express' },
        { id: ONBOARDING_ACCOUNT, state: 'onboarding_incomplete' },
      ],
    });
    handles.app = await installConsumer(name, handles.root);
  });
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
    await handles.fake?.close();
    if (handles.root && !process.env['KEEP_CONSUMERS']) rmSync(handles.root, { recursive: true, force: true });
  });
  return handles;
}

/** The runtime environment of an app: the Stripe fake and the session secret. */
export function runtimeEnv(fake: StripeFake): NodeJS.ProcessEnv {
  return { STRIPE_SECRET_KEY: fake.secretKey, STRIPE_API_URL: fake.url, AUTH_JWT_SECRET: JWT_SECRET };
}

/** Asserts a command succeeded, showing its output when it did not. */
export function expectSuccess(result: RunResult): void {
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
}

/** Chromium for the file's tests. */
export function useBrowser() {
  const handle = {} as { browser: Browser };
  beforeAll(async () => {
    handle.browser = await chromium.launch(chromiumLaunchOptions());
  });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
  afterAll(() => handle.browser?.close());
  return handle;
}

/** A port free right now, for servers that cannot be told to pick one (`next start`). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The environment of a build: no Stripe key, no session secret, as on a CI builder. */
export function withoutSecrets(): NodeJS.ProcessEnv {
  return { STRIPE_SECRET_KEY: '', STRIPE_API_URL: '', AUTH_JWT_SECRET: '' };
}

/**
 * Signs a seller in (the `session` cookie), opens `url`, clicks the button and waits to land on the
 * Stripe fake's Express Dashboard page for the seller's account.
 */
export async function clickThrough(browser: Browser, fake: StripeFake, url: string, buttonName = 'Open Express Dashboard') {
  const context = await browser.newContext();
  try {
    await context.addCookies([{ name: 'session', value: await sessionToken(), url }]);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: buttonName }).click();
    await page.waitForURL(`${fake.url}/express/${SELLER_ACCOUNT}/**`);
    return await page.getByRole('heading', { level: 1 }).textContent();
  } finally {
    await context.close();
  }
}
